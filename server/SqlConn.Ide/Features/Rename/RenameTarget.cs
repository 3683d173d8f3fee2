using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.Rename;

/// <summary>
/// What a rename at a position would rename: the name's span and its current value (the placeholder),
/// or why that object cannot be renamed (<see cref="Refusal"/>, shown before a new name is asked for).
/// </summary>
public sealed record RenameTarget(TextSpan Span, string Name, string? Refusal);

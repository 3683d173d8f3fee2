using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.Rename;

/// <summary>What a rename at a position would rename: the name's span and its current value (the placeholder).</summary>
public sealed record RenameTarget(TextSpan Span, string Name);

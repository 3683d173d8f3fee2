using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Splitting;

/// <summary>
/// The text between two statement separators. <see cref="Span"/> excludes the separating semicolon;
/// <see cref="SemicolonPosition"/> is its position, or null for the last chunk of a script without
/// a final semicolon. <see cref="IsBlank"/> is true when the chunk holds only whitespace and comments.
/// </summary>
public readonly record struct StatementChunk(TextSpan Span, int? SemicolonPosition, bool IsBlank);

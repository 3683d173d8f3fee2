using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Formatting;

/// <summary>
/// A piece of a formatted document: a statement (from its first token to its last) or the gap between
/// two statements (whitespace, comments and semicolons), with the text that replaces it.
/// </summary>
internal readonly record struct FormattedPiece(TextSpan Span, string Text);

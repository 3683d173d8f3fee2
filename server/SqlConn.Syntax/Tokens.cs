using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax;

public enum SyntaxTokenKind
{
    Keyword,
    Identifier,
    QuotedIdentifier,
    String,
    Number,
    Parameter,
    Operator,
    Punctuation,
    Comment,

    /// <summary>A character or an unterminated token the lexer could not make sense of.</summary>
    Error,
}

/// <summary>
/// A token of a statement, comments included. <see cref="Span"/> is relative to the statement's
/// chunk; <see cref="Keyword"/> is the upper-case keyword for keyword tokens.
/// </summary>
public readonly record struct SyntaxToken(SyntaxTokenKind Kind, TextSpan Span, string? Keyword = null);

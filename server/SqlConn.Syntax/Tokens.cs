using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Parsing;

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
/// chunk; <see cref="Keyword"/> is the upper-case keyword for keyword tokens (one of
/// <see cref="SqlKeywords.All"/>). The keyword is held as its token type rather than as a string and
/// the kind as a byte, so a token takes 12 bytes and a statement's token array (a large part of a
/// parsed script's memory) holds no reference for the garbage collector to trace.
/// </summary>
public readonly record struct SyntaxToken
{
    private readonly byte kind;

    /// <summary>The keyword's token type; 0 when the token is not a keyword.</summary>
    private readonly short keywordType;

    /// <exception cref="ArgumentException"><paramref name="Keyword"/> is not null and not a keyword of the lexer.</exception>
    public SyntaxToken(SyntaxTokenKind Kind, TextSpan Span, string? Keyword = null)
        : this(Kind, Span, TokenFacts.KeywordType(Keyword))
    {
    }

    /// <summary>A token whose keyword is that of token type <paramref name="keywordType"/> (none for 0 or a type that is not a keyword).</summary>
    internal SyntaxToken(SyntaxTokenKind kind, TextSpan span, int keywordType)
    {
        Kind = kind;
        Span = span;
        this.keywordType = (short)(TokenFacts.IsKeyword(keywordType) ? keywordType : 0);
    }

    public SyntaxTokenKind Kind
    {
        get => (SyntaxTokenKind)kind;
        init => kind = (byte)value;
    }

    public TextSpan Span { get; init; }

    public string? Keyword
    {
        get => TokenFacts.Keyword(keywordType);
        init => keywordType = (short)TokenFacts.KeywordType(value);
    }

    public void Deconstruct(out SyntaxTokenKind Kind, out TextSpan Span, out string? Keyword)
    {
        Kind = this.Kind;
        Span = this.Span;
        Keyword = this.Keyword;
    }
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Tokens;

/// <summary>A token of a document with its text and absolute span: what token-level features read.</summary>
public readonly record struct Token(SyntaxTokenKind Kind, string? Keyword, string Text, TextSpan Span)
{
    public bool Is(string keyword) => Keyword == keyword;

    /// <summary>Whether the token is this punctuation or operator character (<c>(</c>, <c>,</c>, <c>=</c>...).</summary>
    public bool IsSymbol(char c) => Kind is SyntaxTokenKind.Punctuation or SyntaxTokenKind.Operator && Text.Length == 1 && Text[0] == c;

    /// <summary>A word of a multi-word name: the keyword, or a number (<c>PUBLIC KEY 1</c>).</summary>
    public string? Word => Keyword ?? (Kind == SyntaxTokenKind.Number ? Text : null);

    /// <summary>The identifier the token denotes: an unquoted word folded to lower case, a quoted one as written.</summary>
    public Identifier Identifier => new(IdentifierText.Value(Kind, Text), Kind == SyntaxTokenKind.QuotedIdentifier, Span);

    /// <summary>An opening parenthesis or bracket.</summary>
    public bool Opens => IsSymbol('(') || IsSymbol('[');

    /// <summary>A closing parenthesis or bracket.</summary>
    public bool Closes => IsSymbol(')') || IsSymbol(']');
}

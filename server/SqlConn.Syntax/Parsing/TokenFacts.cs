using System.Collections.Frozen;
using System.Collections.Immutable;
using Antlr4.Runtime;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>What SqlConn needs to know about each ANTLR token type, computed once from the vocabulary.</summary>
internal static class TokenFacts
{
    private static readonly ImmutableArray<string?> KeywordByType = BuildKeywords();

    private static readonly FrozenDictionary<string, int> TypeByKeyword = KeywordByType
        .Select((keyword, type) => (keyword, type))
        .Where(entry => entry.keyword is not null)
        .ToFrozenDictionary(entry => entry.keyword ?? string.Empty, entry => entry.type, StringComparer.Ordinal);

    public static int MaxTokenType => ((Vocabulary)SqlConnLexer.DefaultVocabulary).getMaxTokenType();

    /// <summary>The upper-case keyword of a keyword token type, or null.</summary>
    public static string? Keyword(int type) =>
        type > 0 && type < KeywordByType.Length ? KeywordByType[type] : null;

    /// <summary>The token type of an upper-case <paramref name="keyword"/>; 0 for null.</summary>
    public static int KeywordType(string? keyword) =>
        keyword is null ? 0
        : TypeByKeyword.TryGetValue(keyword, out var type) ? type
        : throw new ArgumentException($"\"{keyword}\" is not a keyword of the lexer", nameof(keyword));

    public static bool IsKeyword(int type) => Keyword(type) is not null;

    public static bool IsString(int type) =>
        type is SqlConnLexer.STRING or SqlConnLexer.ESCAPE_STRING or SqlConnLexer.DOLLAR_STRING;

    /// <summary>Tokens the lexer produces for malformed input; the parser never reports at them twice.</summary>
    public static bool IsLexicalError(int type) =>
        type is SqlConnLexer.UNTERMINATED_STRING or SqlConnLexer.UNTERMINATED_ESCAPE_STRING
            or SqlConnLexer.UNTERMINATED_QUOTED_IDENTIFIER or SqlConnLexer.UNTERMINATED_DOLLAR_STRING
            or SqlConnLexer.UNTERMINATED_BLOCK_COMMENT or SqlConnLexer.ERROR_CHAR;

    public static SyntaxTokenKind Kind(int type) => type switch
    {
        _ when IsKeyword(type) => SyntaxTokenKind.Keyword,
        SqlConnLexer.IDENTIFIER => SyntaxTokenKind.Identifier,
        SqlConnLexer.QUOTED_IDENTIFIER => SyntaxTokenKind.QuotedIdentifier,
        SqlConnLexer.STRING or SqlConnLexer.ESCAPE_STRING or SqlConnLexer.DOLLAR_STRING or SqlConnLexer.HEX_STRING => SyntaxTokenKind.String,
        SqlConnLexer.NUMBER => SyntaxTokenKind.Number,
        SqlConnLexer.PARAMETER => SyntaxTokenKind.Parameter,
        SqlConnLexer.LINE_COMMENT or SqlConnLexer.BLOCK_COMMENT => SyntaxTokenKind.Comment,
        SqlConnLexer.LPAREN or SqlConnLexer.RPAREN or SqlConnLexer.LBRACKET or SqlConnLexer.RBRACKET
            or SqlConnLexer.COMMA or SqlConnLexer.SEMI or SqlConnLexer.DOT => SyntaxTokenKind.Punctuation,
        _ when IsLexicalError(type) => SyntaxTokenKind.Error,
        _ => SyntaxTokenKind.Operator,
    };

    /// <summary>Materialize's name for punctuation tokens (its lexer's Display), or null.</summary>
    public static string? PunctuationName(int type) => type switch
    {
        SqlConnLexer.STAR => "star",
        SqlConnLexer.EQ => "equals sign",
        SqlConnLexer.LPAREN => "left parenthesis",
        SqlConnLexer.RPAREN => "right parenthesis",
        SqlConnLexer.LBRACKET => "left square bracket",
        SqlConnLexer.RBRACKET => "right square bracket",
        SqlConnLexer.DOT => "dot",
        SqlConnLexer.COMMA => "comma",
        SqlConnLexer.COLON => "colon",
        SqlConnLexer.DOUBLE_COLON => "double colon",
        SqlConnLexer.SEMI => "semicolon",
        SqlConnLexer.ARROW => "arrow",
        _ => null,
    };

    private static ImmutableArray<string?> BuildKeywords()
    {
        var vocabulary = SqlConnLexer.DefaultVocabulary;
        var keywords = new string?[MaxTokenType + 1];
        for (var type = 1; type <= MaxTokenType; type++)
        {
            // A keyword's literal name is its lower-case text in quotes, e.g. 'connection'.
            var literal = vocabulary.GetLiteralName(type);
            if (literal is { Length: > 2 } && literal[1..^1].All(char.IsAsciiLetter))
            {
                keywords[type] = literal[1..^1].ToUpperInvariant();
            }
        }

        return [.. keywords];
    }
}

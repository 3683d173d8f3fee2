using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tokens;

/// <summary>The tokens of a statement with absolute spans.</summary>
public static class StatementTokens
{
    /// <summary>Every token, comments included.</summary>
    public static ImmutableArray<Token> All(ParsedStatement statement) =>
        [.. statement.Syntax.Tokens.Select(t => new Token(t.Kind, t.Keyword, statement.Syntax.Text[t.Span.Start..t.Span.End], statement.ToAbsolute(t.Span)))];

    /// <summary>The tokens that are not comments.</summary>
    public static ImmutableArray<Token> Significant(ParsedStatement statement) => [.. All(statement).Where(t => t.Kind != SyntaxTokenKind.Comment)];
}

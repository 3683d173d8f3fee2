using System.Collections.Immutable;
using SqlConn.Syntax.Parsing;

namespace SqlConn.Syntax;

/// <summary>
/// Every keyword the lexer knows (both dialects share one lexer), upper case and in ordinal order:
/// the vocabulary that tools outside the parser, such as the VS Code extension's TextMate grammar,
/// are generated from.
/// </summary>
public static class SqlKeywords
{
    public static ImmutableArray<string> All { get; } =
        [.. Enumerable.Range(1, TokenFacts.MaxTokenType).Select(TokenFacts.Keyword).OfType<string>().Order(StringComparer.Ordinal)];
}

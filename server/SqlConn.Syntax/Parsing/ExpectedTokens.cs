using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Renders an ANTLR expected-token set the way Materialize's parser words it:
/// <c>one of A or B or C</c>, keywords upper-case, punctuation by name, <c>literal string</c>,
/// <c>identifier</c>, <c>end of statement</c>. Materialize's parser is hand-written, so its lists
/// differ from ANTLR's sets in predictable ways, normalised here:
/// optional tokens (<c>=</c>, and <c>,</c> before a closing bracket) are never listed, keywords that
/// could be identifiers are folded into "identifier", and the sets the spec quotes keep their order.
/// </summary>
internal static class ExpectedTokens
{
    private const string EndOfStatement = "end of statement";
    private const string Identifier = "identifier";
    private const string LiteralString = "literal string";

    /// <summary>Lists whose wording the spec quotes, in its order (matched as sets).</summary>
    private static readonly ImmutableArray<KnownList> KnownLists =
    [
        new(["FOR", "TO"]),
        new(["AWS", "KAFKA", "CONFLUENT", "POSTGRES", "SSH", "SQL", "MYSQL", "ICEBERG"]),
        // Materialize lists ROLE among the option starts although no option starts with it.
        new(["ACCESS", "ASSUME", "AVAILABILITY", "AWS", "BROKER", "BROKERS", "CATALOG", "CREDENTIAL", "DATABASE",
             "ENDPOINT", "HOST", "PASSWORD", "PORT", "PUBLIC", "PROGRESS", "REGION", "ROLE", "SASL", "SCOPE",
             "SECRET", "SECURITY", "SERVICE", "SESSION", "SSH", "SSL", "URL", "USER", "USERNAME", "WAREHOUSE"],
            Extra: "ROLE"),
        new(["left parenthesis", "left square bracket"]),
        new(["AVAILABILITY", "PORT"]),
        new(["AWS", "SSH"]),
        new(["VALIDATE"], AlwaysOneOf: true),
        new(["RENAME", "OWNER", "ROTATE", "SET", "RESET", "DROP"]),
        new(["ROTATE", "SET", "RESET", "DROP"]),
        new(["AS", "RENAME", "OWNER"]),
        new(["TABLES", "TYPES", "SECRETS", "CONNECTIONS", "SCHEMAS", "DATABASES", "CLUSTERS"]),
        new(["ARN", "SESSION"]),
        new(["CONNECTION", "PRIVATELINK"]),
        new(["MECHANISMS", "PASSWORD", "USERNAME"]),
        new(["CERTIFICATE", "MODE", "KEY"]),
        new(["NULL", LiteralString], Text: "NULL or literal string"),
        new(["ALL", "SELECT", Identifier], Text: "ALL or INSERT or SELECT or UPDATE or DELETE or USAGE or CREATE"),
    ];

    /// <summary>The items of the set, normalised, in display order.</summary>
    public static ImmutableArray<string> Items(IntervalSet expected)
    {
        var types = expected.ToList();
        if (types.Contains(TokenConstants.EOF))
        {
            return [EndOfStatement];
        }

        // A comma-separated list that may end here: Materialize only names the closing bracket.
        if (types.Contains(SqlConnLexer.COMMA))
        {
            foreach (var closer in (int[])[SqlConnLexer.RPAREN, SqlConnLexer.RBRACKET])
            {
                if (types.Contains(closer))
                {
                    return [Render(closer)];
                }
            }
        }

        var identifierAllowed = types.Contains(SqlConnLexer.IDENTIFIER);
        var items = new List<string>();
        foreach (var type in types)
        {
            var optional = type is SqlConnLexer.EQ or SqlConnLexer.COMMA && types.Count > 1;
            var foldedIntoIdentifier = identifierAllowed
                && (type == SqlConnLexer.QUOTED_IDENTIFIER || (TokenFacts.IsKeyword(type) && !ReservedKeywords.Always.Contains(type)));
            if (!optional && !foldedIntoIdentifier && Render(type) is var item && !items.Contains(item))
            {
                items.Add(item);
            }
        }

        return Order(items);
    }

    /// <summary>The "what" of <c>Expected {what}, found {token}</c>.</summary>
    public static string Describe(IntervalSet expected)
    {
        var items = Items(expected);
        if (FindKnown(items) is { } known)
        {
            return known.Text ?? (known.Items.Length > 1 || known.AlwaysOneOf
                ? "one of " + string.Join(" or ", known.Items)
                : known.Items[0]);
        }

        return items.Length switch
        {
            0 => "more input",
            1 => items[0],
            _ => "one of " + string.Join(" or ", items),
        };
    }

    private static ImmutableArray<string> Order(List<string> items) =>
        FindKnown(items) is { } known
            ? [.. known.Items.Where(i => items.Contains(i))]
            : [.. items.OrderBy(i => char.IsUpper(i[0]) ? 0 : 1).ThenBy(i => i, StringComparer.Ordinal)];

    private static KnownList? FindKnown(IReadOnlyCollection<string> items) =>
        KnownLists.FirstOrDefault(k =>
            k.Items.Length - (k.Extra is null ? 0 : 1) == items.Count
            && items.All(i => k.Items.Contains(i) && i != k.Extra));

    private static string Render(int type) => type switch
    {
        TokenConstants.EOF => EndOfStatement,
        SqlConnLexer.IDENTIFIER or SqlConnLexer.QUOTED_IDENTIFIER => Identifier,
        SqlConnLexer.STRING or SqlConnLexer.ESCAPE_STRING or SqlConnLexer.DOLLAR_STRING => LiteralString,
        SqlConnLexer.HEX_STRING => "hex string literal",
        SqlConnLexer.NUMBER => "number",
        SqlConnLexer.PARAMETER => "parameter",
        _ => TokenFacts.Keyword(type) ?? TokenFacts.PunctuationName(type) ?? "operator",
    };

    private sealed record KnownList(ImmutableArray<string> Items, bool AlwaysOneOf = false, string? Text = null, string? Extra = null);
}

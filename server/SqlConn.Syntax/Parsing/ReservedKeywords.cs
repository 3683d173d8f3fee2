using System.Collections.Immutable;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// The keywords Materialize does not accept as identifiers. Most keywords are identifiers everywhere
/// (grammar rule <c>nonReservedKeyword</c>); these are not, always or in some positions.
/// </summary>
internal static class ReservedKeywords
{
    /// <summary>Never an identifier unless quoted.</summary>
    public static readonly ImmutableHashSet<int> Always =
    [
        SqlConnLexer.WITH, SqlConnLexer.SELECT, SqlConnLexer.FROM, SqlConnLexer.WHERE, SqlConnLexer.GROUP,
        SqlConnLexer.HAVING, SqlConnLexer.WINDOW, SqlConnLexer.ORDER, SqlConnLexer.LIMIT, SqlConnLexer.OFFSET,
        SqlConnLexer.FETCH, SqlConnLexer.OPTIONS, SqlConnLexer.RETURNING, SqlConnLexer.UNION, SqlConnLexer.EXCEPT,
        SqlConnLexer.INTERSECT, SqlConnLexer.ALL, SqlConnLexer.DISTINCT,
    ];

    /// <summary>
    /// Reserved in some position: <see cref="Always"/>, the join keywords (not a bare alias) and the
    /// scalar keywords (not a column name). Grammar rules <c>joinKeyword</c> and <c>scalarReservedKeyword</c>.
    /// </summary>
    public static readonly ImmutableHashSet<int> InSomePosition = Always.Union(
    [
        SqlConnLexer.CROSS, SqlConnLexer.FULL, SqlConnLexer.INNER, SqlConnLexer.JOIN, SqlConnLexer.LEFT,
        SqlConnLexer.NATURAL, SqlConnLexer.ON, SqlConnLexer.OUTER, SqlConnLexer.RIGHT, SqlConnLexer.SET,
        SqlConnLexer.USING,
        SqlConnLexer.ARRAY, SqlConnLexer.CASE, SqlConnLexer.CAST, SqlConnLexer.FALSE, SqlConnLexer.NOT,
        SqlConnLexer.NULL, SqlConnLexer.TRUE,
    ]);

    /// <summary>The upper-case words of <see cref="InSomePosition"/>.</summary>
    public static readonly ImmutableHashSet<string> InSomePositionWords =
        [.. InSomePosition.Select(type => TokenFacts.Keyword(type) ?? string.Empty)];
}

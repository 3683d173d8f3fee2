using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Values;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Tests.Queries;

/// <summary>
/// <c>ORDER BY ... LIMIT n OFFSET o</c>, which sorts only the rows it returns (a top-n sort), against the rows of
/// the same ORDER BY without LIMIT, skipped and taken: the same rows in the same order, ties kept in input order
/// (keys from a small range, NULLs included, so that rows meet), in both directions and NULL orders.
/// </summary>
public sealed class TopSortProperties
{
    private static readonly string[] Orders = ["k", "k DESC", "k NULLS FIRST", "k DESC NULLS LAST", "k, t DESC"];

    private static Gen<(int?[] Keys, int Order, int Limit, int Offset)> Cases() =>
        from keys in Gen.ArrayOf(Gen.Choose(-1, 5).Select(k => k < 0 ? (int?)null : k))
        from order in Gen.Choose(0, Orders.Length - 1)
        from limit in Gen.Choose(0, 12)
        from offset in Gen.Choose(0, 4)
        select (keys, order, limit, offset);

    [Property(MaxTest = 300)]
    public Property Limit_over_a_sort_returns_the_first_rows_of_the_whole_sort() =>
        Prop.ForAll(Arb.From(Cases()), @case =>
        {
            var table = CatalogFixture.Table("public", "r", [("k", SqlType.Integer), ("t", SqlType.Integer)],
                [.. @case.Keys.Select((k, i) => ImmutableArray.Create(k is { } key ? SqlValue.Of(key) : SqlValue.Null, SqlValue.Of(i % 3)))]);
            var environment = new CatalogFixture(table);
            var select = $"SELECT k, t FROM r ORDER BY {Orders[@case.Order]}";

            var whole = Evaluate(select, environment).Rows;
            var limited = Evaluate($"{select} LIMIT {@case.Limit} OFFSET {@case.Offset}", environment).Rows;

            var expected = whole.Skip(@case.Offset).Take(@case.Limit).ToList();
            return expected.Count == limited.Length && expected.SelectMany(row => row).SequenceEqual(limited.SelectMany(row => row));
        });

    /// <summary>The 11th of the rows of the greatest key (6), in input order.</summary>
    [Fact]
    public void A_limit_beyond_the_rows_kept_in_order_sorts_everything()
    {
        var table = CatalogFixture.Table("public", "r", [("k", SqlType.Integer), ("t", SqlType.Integer)],
            [.. Enumerable.Range(0, 2_000).Select(i => ImmutableArray.Create(SqlValue.Of(i % 7), SqlValue.Of(i)))]);
        var environment = new CatalogFixture(table);

        var rows = Evaluate("SELECT t FROM r ORDER BY k DESC LIMIT 1500 OFFSET 10", environment).Rows;

        Assert.Equal(1_500, rows.Length);
        Assert.Equal(SqlValue.Of(76), rows[0][0]);
    }

    private static QueryResult Evaluate(string sql, CatalogFixture environment)
    {
        var syntax = SqlParser.ParseStatement(sql);
        Assert.False(syntax.HasErrors, string.Join("; ", syntax.Diagnostics.Select(d => d.Message)));
        return QueryEvaluator.Evaluate(Assert.IsType<QueryStatement>(syntax.Node).Query, environment);
    }
}

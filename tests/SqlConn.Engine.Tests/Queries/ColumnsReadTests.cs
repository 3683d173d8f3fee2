using System.Collections.Immutable;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Tests.Queries;

/// <summary>
/// A computed relation is asked only for the columns a query reads (a column left out comes back
/// NULL), so every way a query can read a column must ask for it; a missed one would silently
/// read NULL. The relation <c>t (id, name, note)</c> records what it is asked for, once per scan (a
/// correlated subquery scans once per row of the outer query).
/// </summary>
public sealed class ColumnsReadTests
{
    [Theory]
    [InlineData("SELECT name FROM t", "name")]
    [InlineData("SELECT count(*) FROM t", "")]
    [InlineData("SELECT * FROM t", "id,name,note")]
    [InlineData("SELECT x.* FROM t x", "id,name,note")]
    [InlineData("SELECT name FROM t WHERE note IS NULL ORDER BY id", "id,name,note")]
    [InlineData("SELECT name FROM t GROUP BY name HAVING max(note) IS NULL", "name,note")]
    [InlineData("SELECT a.name FROM t a JOIN t b USING (id)", "id,name|id")]
    [InlineData("SELECT 1 FROM t a NATURAL JOIN t b", "id,name,note|id,name,note")]
    [InlineData("SELECT a.id FROM t a JOIN t b ON a.name = b.note", "id,name|note")]
    [InlineData("SELECT id FROM t a WHERE EXISTS (SELECT 1 FROM t b WHERE b.id = a.name)", "id,name|id|id")]
    [InlineData("SELECT n FROM (SELECT name AS n, note FROM t) s", "name,note")]
    public void AsksForTheColumnsTheQueryReads(string sql, string expected)
    {
        var requests = new List<ColumnSet>();
        var result = Evaluate(sql, requests);

        Assert.Equal(expected, string.Join('|', requests.Select(Names)));
        Assert.All(result.Rows.SelectMany(r => r), v => Assert.False(v is SqlText { Value: "unread" }));
    }

    [Fact]
    public void ReadsEveryColumnTheResultShows()
    {
        var result = Evaluate("SELECT name, id FROM t WHERE id = 'u1'", []);

        Assert.Equal("n1|u1", string.Join('|', result.Rows.SelectMany(r => r).Select(v => ((SqlText)v).Value)));
    }

    /// <summary>A WHERE right over a table is given to it, with the columns it reads (all when it has a subquery).</summary>
    [Theory]
    [InlineData("SELECT id FROM t WHERE name LIKE '%2'", "name", "u2")]
    [InlineData("SELECT id FROM t WHERE name LIKE '%2' OR note IS NOT NULL ORDER BY name", "name,note", "u2")]
    [InlineData("SELECT id FROM t a WHERE EXISTS (SELECT 1 FROM t b WHERE b.id = a.name)", "id,name,note|id|id", "")]
    [InlineData("SELECT id FROM (SELECT id, name FROM t) s WHERE name LIKE '%2'", "none", "u2")]
    [InlineData("SELECT a.id FROM t a JOIN t b USING (id) WHERE b.name LIKE '%1'", "none|none", "u1")]
    public void GivesTheWhereConditionToTheScannedRelation(string sql, string filters, string ids)
    {
        var filterColumns = new List<string>();
        var result = Evaluate(sql, [], filterColumns);

        Assert.Equal(filters, string.Join('|', filterColumns));
        Assert.Equal(ids, string.Join('|', result.Rows.Select(r => ((SqlText)r[0]).Value)));
    }

    private static readonly string[] ColumnNames = ["id", "name", "note"];

    private static string Names(ColumnSet columns) => string.Join(',', ColumnNames.Where((_, i) => columns.Contains(i)));

    private static QueryResult Evaluate(string sql, List<ColumnSet> requests, List<string>? filters = null)
    {
        var relation = CatalogFixture.Table("public", "t", [("id", SqlType.Text), ("name", SqlType.Text), ("note", SqlType.Text)]) with
        {
            Compute = (columns, keep) =>
            {
                requests.Add(columns);
                filters?.Add(keep is null ? "none" : Names(keep.Columns));
                ImmutableArray<SqlValue>[] rows = [Row(columns, "u1", "n1"), Row(columns, "u2", "n2")];
                return keep is null ? rows : [.. rows.Where(keep.Keep)];
            },
        };
        var syntax = SqlParser.ParseStatement(sql);
        Assert.False(syntax.HasErrors, string.Join("; ", syntax.Diagnostics.Select(d => d.Message)));
        return QueryEvaluator.Evaluate(Assert.IsType<QueryStatement>(syntax.Node).Query, new CatalogFixture(relation));
    }

    /// <summary>A row of t with the columns that were not asked for marked, so that reading one shows.</summary>
    private static ImmutableArray<SqlValue> Row(ColumnSet columns, string id, string name) =>
    [
        columns.Contains(0) ? SqlValue.Of(id) : SqlValue.Of("unread"),
        columns.Contains(1) ? SqlValue.Of(name) : SqlValue.Of("unread"),
        columns.Contains(2) ? SqlValue.Null : SqlValue.Of("unread"),
    ];
}

using System.Collections.Immutable;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Tests.Queries;

public sealed class QueryEvaluatorTests
{
    [Fact]
    public void TypesColumnsLikePostgres()
    {
        var result = Evaluate("SELECT 'a', NULL, count(*), oid, brokers, true FROM mz_kafka_connections, mz_secrets GROUP BY oid, brokers");

        Assert.Equal(
            [SqlType.Text, SqlType.Text, SqlType.Integer, SqlType.Oid, SqlType.TextArray, SqlType.Boolean],
            result.Columns.Select(c => c.Type));
        Assert.Equal(3, result.Rows.Length);
    }

    [Fact]
    public void ReportsTheUnevaluatedFeatureAsAnInformationalNotice()
    {
        const string sql = "SELECT name FROM mz_secrets WHERE oid > 1.5";

        var notEvaluated = Assert.Throws<QueryNotEvaluatedException>(() => Evaluate(sql));
        var notice = notEvaluated.ToDiagnostic();

        Assert.Equal("numeric values", notEvaluated.Feature);
        Assert.Equal("1.5", sql.Substring(notice.Span.Start, notice.Span.Length));
        Assert.Equal(DiagnosticSeverity.Info, notice.Severity);
        Assert.Equal("the simulator does not evaluate numeric values", notice.Message);
    }

    [Fact]
    public void JoinsLargeTablesOnKeys()
    {
        const int size = 20_000;
        var left = CatalogFixture.Table("public", "big_left", [("id", SqlType.Text), ("n", SqlType.Integer)],
            [.. Enumerable.Range(0, size).Select(i => ImmutableArray.Create(SqlValue.Of($"u{i}"), SqlValue.Of(i)))]);
        var right = CatalogFixture.Table("public", "big_right", [("id", SqlType.Text), ("label", SqlType.Text)],
            [.. Enumerable.Range(0, size).Select(i => ImmutableArray.Create(SqlValue.Of($"u{size - 1 - i}"), SqlValue.Of($"l{i}")))]);
        var environment = new CatalogFixture(left, right);

        var usingJoin = Evaluate("SELECT count(*) FROM big_left JOIN big_right USING (id) WHERE n % 2 = 0", environment);
        var whereJoin = Evaluate("SELECT max(l.n) FROM big_left l, big_right r WHERE l.id = r.id AND r.label = 'l0'", environment);

        Assert.Equal(SqlValue.Of(size / 2), usingJoin.Rows[0][0]);
        Assert.Equal(SqlValue.Of(size - 1), whereJoin.Rows[0][0]);
    }

    [Fact]
    public void EvaluatesAgainAfterAnUncorrelatedSubqueryWasCached()
    {
        var environment = new CatalogFixture();
        var query = Parse("SELECT name FROM mz_connections WHERE id IN (SELECT id FROM mz_ssh_tunnel_connections)");

        var first = QueryEvaluator.Evaluate(query, environment);
        var second = QueryEvaluator.Evaluate(query, environment);

        Assert.Equal(TableFormatter.Format(first.Columns, first.Rows), TableFormatter.Format(second.Columns, second.Rows));
        Assert.Single(second.Rows);
    }

    [Fact]
    public void DescribesEveryDiagnostic()
    {
        Assert.All(QueryDiagnostics.All, d =>
        {
            Assert.StartsWith("SC23", d.Code, StringComparison.Ordinal);
            Assert.Equal("semantic", d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Explanation + d.BadExample + d.GoodExample));
        });
        Assert.Equal(QueryDiagnostics.All.Length, QueryDiagnostics.All.Select(d => d.Code).Distinct().Count());
        Assert.Equal(DiagnosticSeverity.Info, QueryDiagnostics.NotEvaluated.DefaultSeverity);
    }

    private static QueryResult Evaluate(string sql, IQueryEnvironment? environment = null) =>
        QueryEvaluator.Evaluate(Parse(sql), environment ?? new CatalogFixture());

    private static Query Parse(string sql)
    {
        var syntax = SqlParser.ParseStatement(sql);
        Assert.False(syntax.HasErrors, string.Join("; ", syntax.Diagnostics.Select(d => d.Message)));
        return Assert.IsType<QueryStatement>(syntax.Node).Query;
    }

}

using System.Collections.Immutable;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Tests.Queries;

public sealed class ShowFiltersTests
{
    private static readonly Relation ShowConnections = CatalogFixture.Table("mz_internal", "mz_show_connections",
        [("name", SqlType.Text), ("type", SqlType.Text), ("comment", SqlType.Text)],
        [SqlValue.Of("kafka_connection"), SqlValue.Of("kafka"), SqlValue.Of(string.Empty)],
        [SqlValue.Of("ssh_connection"), SqlValue.Of("ssh-tunnel"), SqlValue.Of("bastion")],
        [SqlValue.Of("k_2"), SqlValue.Of("kafka"), SqlValue.Of(string.Empty)]);

    [Theory]
    [InlineData("SHOW CONNECTIONS LIKE 'k%'", "k", "kafka_connection,k_2")]
    [InlineData("SHOW CONNECTIONS LIKE 'k\\_%'", "k_", "k_2")]
    [InlineData("SHOW CONNECTIONS LIKE 'KAFKA%'", "KAFKA", "")]
    [InlineData("SHOW CONNECTIONS LIKE '%_2'", "", "k_2")]
    public void LikeKeepsTheMatchingNamesAndSaysWhatTheyStartWith(string show, string prefix, string names)
    {
        var filter = ShowFilters.Names(Assert.IsType<LikeShowFilter>(Show(show).Filter));

        Assert.Equal(prefix, filter.Prefix);
        Assert.Equal(names, string.Join(",", ShowConnections.Rows.Select(r => ((SqlText)r[0]).Value).Where(filter.Keeps)));
    }

    [Fact]
    public void LikeFailsOnAPatternEndingInTheEscapeWhenANameReachesIt()
    {
        var filter = ShowFilters.Names(Assert.IsType<LikeShowFilter>(Show("SHOW CONNECTIONS LIKE 'k\\'").Filter));

        Assert.False(filter.Keeps("k"));
        var failure = Assert.Throws<StatementFailedException>(() => filter.Keeps("k_2"));
        Assert.Equal("LIKE pattern must not end with escape character", failure.Error.Message);
    }

    [Theory]
    [InlineData("SHOW CONNECTIONS WHERE type = 'kafka' AND comment = ''", "kafka_connection,k_2")]
    [InlineData("SHOW CONNECTIONS WHERE name IN (SELECT name FROM mz_connections)", "kafka_connection,ssh_connection")]
    [InlineData("SHOW CONNECTIONS WHERE length(comment) > 0 OR NULL", "ssh_connection")]
    [InlineData("SHOW CONNECTIONS WHERE name LIKE 'k%' AND name NOT IN ('x', 'k_2')", "kafka_connection")]
    [InlineData("SHOW CONNECTIONS WHERE type NOT LIKE 'k%' OR name BETWEEN 'k_' AND 'k_3' AND comment IS DISTINCT FROM 'x'", "ssh_connection,k_2")]
    public void KeepsTheMatchingRowsInOrder(string show, string names)
    {
        var filtered = Apply(show);

        Assert.Equal(names, string.Join(",", filtered.Select(r => ((SqlText)r[0]).Value)));
    }

    [Theory]
    [InlineData("SHOW CONNECTIONS WHERE nosuch = 'x'", "column \"nosuch\" does not exist", "nosuch")]
    [InlineData("SHOW CONNECTIONS WHERE type", "WHERE clause must have type boolean, not type text", "type")]
    [InlineData("SHOW CONNECTIONS WHERE count(*) > 0", "aggregate functions are not allowed in WHERE clause", "count(*)")]
    public void ReportsErrorsOnTheExpression(string show, string message, string at)
    {
        var failure = Assert.Throws<StatementFailedException>(() => Apply(show));

        Assert.Equal(message, failure.Error.Message);
        Assert.Equal(at, show.Substring(failure.Error.Span.Start, failure.Error.Span.Length));
    }

    [Fact]
    public void ReportsWhatItDoesNotEvaluate()
    {
        var notEvaluated = Assert.Throws<QueryNotEvaluatedException>(() => Apply("SHOW CONNECTIONS WHERE name ~ 'k'"));

        Assert.Equal("the ~ operator", notEvaluated.Feature);
    }

    private static IReadOnlyList<ImmutableArray<SqlValue>> Apply(string show) =>
        ShowFilters.Apply(ShowConnections, Assert.IsType<WhereShowFilter>(Show(show).Filter), new CatalogFixture());

    private static ShowObjectsStatement Show(string show)
    {
        var syntax = SqlParser.ParseStatement(show);
        Assert.False(syntax.HasErrors, string.Join("; ", syntax.Diagnostics.Select(d => d.Message)));
        return Assert.IsType<ShowObjectsStatement>(syntax.Node);
    }
}

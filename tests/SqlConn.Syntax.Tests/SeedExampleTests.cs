using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tests.Support;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// The SQL examples of the product documentation (shared/spec/seeds, one file per code block in
/// tests/testdata/seeds): the correct ones parse without a syntax error, the defective ones report
/// exactly their defects. Semantic defects (a tunnel named ssh_1 where ssh1 was created, a MySQL
/// example using ssh_connection where it created tunnel) are the engine's business, not asserted here.
/// </summary>
public sealed class SeedExampleTests
{
    private const string UnknownOptionStart =
        "Expected one of ACCESS or ASSUME or AVAILABILITY or AWS or BROKER or BROKERS or CATALOG or CREDENTIAL or DATABASE or ENDPOINT "
        + "or HOST or PASSWORD or PORT or PUBLIC or PROGRESS or REGION or ROLE or SASL or SCOPE or SECRET or SECURITY or SERVICE "
        + "or SESSION or SSH or SSL or URL or USER or USERNAME or WAREHOUSE, found dot";

    /// <summary>Each defective example: its errors as <c>line:column message</c>.</summary>
    private static readonly Dictionary<string, string[]> Defects = new()
    {
        // CREATE SECRET aws_secret_access_key = '...'; (spec §2.14)
        ["materialize-create-connection-03.sql"] = ["2:37 Expected AS, found equals sign"],
        // Kafka SSL: SECURITY PROTOCOL = 'SSL' with no comma before SSL CERTIFICATE (spec §2.14)
        ["materialize-create-connection-06.sql"] = ["9:5 Expected right parenthesis, found SSL"],
        // PORT <SSH_BASTION_PORT>: a placeholder, read as the operator < (spec §2.14)
        ["materialize-create-connection-11.sql"] = ["5:10 Expected right parenthesis, found operator \"<\""],
        // (HOST 'ssh1', ...) twice, then BROKERS (...) with no comma before SSH TUNNEL ssh_1 (spec §2.14)
        ["materialize-create-connection-12.sql"] =
        [
            "2:52 " + UnknownOptionStart,
            "3:52 " + UnknownOptionStart,
            "10:5 Expected right parenthesis, found SSH",
        ],
        // CSR basic auth: PASSWORD = SECRET csr_password with no comma before SSL CERTIFICATE AUTHORITY (spec §2.14)
        ["materialize-create-connection-13.sql"] = ["11:5 Expected right parenthesis, found SSL"],
        // CSR over SSH: PORT <SSH_BASTION_PORT> again (not listed in the spec)
        ["materialize-create-connection-15.sql"] = ["5:10 Expected right parenthesis, found operator \"<\""],
    };

    public static TheoryData<string> Examples => [.. TestDataFiles.Names("seeds", "*.sql")];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reports_exactly_the_defects_of_the_example(string name)
    {
        var text = SourceText.From(File.ReadAllText(RepositoryPaths.TestData("seeds", name)));
        var errors = SqlParser.ParseScript(text).Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{text.Lines.GetLinePosition(d.Span.Start).Line + 1}:{text.Lines.GetLinePosition(d.Span.Start).Character + 1} {d.Message}");
        Assert.Equal(Defects.GetValueOrDefault(name, []), errors);
    }

    [Fact]
    public void Every_listed_defect_names_an_existing_example() =>
        Assert.All(Defects.Keys, name => Assert.True(File.Exists(RepositoryPaths.TestData("seeds", name)), name));

    [Fact]
    public void The_catalog_query_of_the_ssh_tunnel_example_parses_as_a_query()
    {
        var script = SqlParser.ParseScript(
            "SELECT mz_connections.name, mz_ssh_tunnel_connections.* FROM mz_connections JOIN mz_ssh_tunnel_connections USING(id) "
            + "WHERE mz_connections.name = 'ssh_connection'");
        var statement = Assert.Single(script.Statements);
        Assert.Empty(script.Diagnostics);
        var query = Assert.IsType<Tree.QueryStatement>(statement.Node).Query;
        var select = Assert.IsType<Tree.SelectCore>(query.Body);
        Assert.IsType<Tree.QualifiedStarSelectItem>(select.Items[1]);
        var join = Assert.IsType<Tree.JoinedTable>(Assert.Single(select.From));
        Assert.Equal("id", Assert.IsType<Tree.UsingJoinCondition>(join.Condition).Columns.Single().Value);
    }
}

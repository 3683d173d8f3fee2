using System.Globalization;
using System.Text;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Snapshots;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Printing;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>
/// The URI canaries of <see cref="SecretCanaryTests"/>, and a user password, through every CockroachDB statement
/// that takes or shows them, as root and as a user without privileges: no piece of a secret appears in a
/// SHOW EXTERNAL CONNECTION[S] row, an error, a notice, a statement printed for <c>sqlconn run --format json</c>,
/// or a snapshot. Only SHOW CREATE's rows hold the URI, as CockroachDB shows it to users allowed to see it.
/// </summary>
public sealed class ClusterSecretCanaryTests
{
    private const string Password = "canaryRolePassword0xF00D";

    public static TheoryData<string, string> UrisWithSecrets => SecretCanaryTests.UrisWithSecrets;

    [Theory]
    [MemberData(nameof(UrisWithSecrets))]
    public void No_output_but_show_create_holds_a_credential(string template, string secret)
    {
        var uri = string.Format(CultureInfo.InvariantCulture, template, secret);
        foreach (var variant in SecretCanaryTests.Variants(uri))
        {
            var run = CockroachScripts.Run(Script(variant));
            foreach (var statement in run.Statements)
            {
                AssertNoSecret(secret, SqlPrinter.PrintRedacted(statement.Statement.Syntax));
                foreach (var text in Messages(statement.Result).Concat(ShownRows(statement)))
                {
                    AssertNoSecret(secret, text);
                }
            }

            var snapshot = SnapshotFormat.Serialize(run.Final.Catalog);
            AssertNoSecret(secret, Encoding.UTF8.GetString(snapshot));
            AssertNoSecret(secret, string.Join('\n', SnapshotFormat.Deserialize(snapshot).Cockroach.Connections.Values.Select(c => c.Uri)));
        }
    }

    [Fact]
    public void Show_create_holds_the_credential_the_others_hide()
    {
        const string Secret = "canaryAwsSecret0xF00D";
        var run = CockroachScripts.Run(Script($"s3://bucket/path?AUTH=specified&AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY={Secret}"));

        var showCreate = run.Statements.Where(s => s.Statement.Syntax.Text.Contains("SHOW CREATE", StringComparison.Ordinal)).SelectMany(Rows);
        Assert.Contains(showCreate, row => row.Contains(Secret, StringComparison.Ordinal));
        Assert.Throws<Xunit.Sdk.DoesNotContainException>(() => AssertNoSecret(Secret, $"x{Secret}y"));
    }

    [Fact]
    public void A_snapshot_keeps_the_connection_without_its_credentials_and_says_so()
    {
        var run = CockroachScripts.Run(Script("s3://bucket/path?AUTH=specified&AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY=canarySecret"));
        var loaded = SnapshotFormat.Deserialize(SnapshotFormat.Serialize(run.Final.Catalog));

        var connection = loaded.Cockroach.Connections["c"];
        Assert.Equal("s3://bucket/path?AUTH=specified&AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY=redacted", connection.Uri);
        Assert.True(connection.CredentialsWithheld);
        var showCreate = CockroachScripts.Execute("SHOW CREATE EXTERNAL CONNECTION c", Sessions.Start(loaded, null, Syntax.SqlDialect.CockroachDb));
        Assert.Contains("were not saved in the snapshot", Assert.Single(showCreate.Notices).Message, StringComparison.Ordinal);
    }

    /// <summary>Every statement that takes or shows a URI or a password, as root, then as a user without privileges.</summary>
    private static string Script(string uri) => $"""
        CREATE USER testuser WITH PASSWORD '{Password}';
        CREATE EXTERNAL CONNECTION c AS '{uri}';
        CREATE EXTERNAL CONNECTION IF NOT EXISTS c AS '{uri}';
        CREATE EXTERNAL CONNECTION c AS '{uri}';
        CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';
        ALTER EXTERNAL CONNECTION c AS '{uri}';
        ALTER EXTERNAL CONNECTION IF EXISTS missing AS '{uri}';
        SHOW EXTERNAL CONNECTIONS;
        SHOW EXTERNAL CONNECTION c;
        SHOW CREATE EXTERNAL CONNECTION c;
        SHOW CREATE ALL EXTERNAL CONNECTIONS;
        CHECK EXTERNAL CONNECTION '{uri}';
        CHECK EXTERNAL CONNECTION '{uri}' WITH TIME = '1s', TIME = '2s';
        SET ROLE testuser;
        CREATE EXTERNAL CONNECTION d AS '{uri}';
        ALTER EXTERNAL CONNECTION c AS '{uri}';
        CHECK EXTERNAL CONNECTION '{uri}';
        SHOW EXTERNAL CONNECTIONS;
        SHOW CREATE EXTERNAL CONNECTION c;
        RESET ROLE;
        GRANT USAGE ON EXTERNAL CONNECTION c TO testuser;
        SET ROLE testuser;
        SHOW EXTERNAL CONNECTION c;
        CHECK EXTERNAL CONNECTION 'external://c';
        """;

    private static IEnumerable<string> Messages(StatementResult result) =>
        result.Notices.SelectMany(n => new[] { n.Message, n.Detail, n.Hint })
            .Concat([result.Error?.Message, result.Error?.Detail, result.Error?.Hint])
            .OfType<string>();

    /// <summary>The rows of every statement but SHOW CREATE.</summary>
    private static IEnumerable<string> ShownRows(ExecutedStatement statement) =>
        statement.Statement.Syntax.Text.Contains("SHOW CREATE", StringComparison.Ordinal) ? [] : Rows(statement);

    private static IEnumerable<string> Rows(ExecutedStatement statement) =>
        statement.Result.Rows.Select(row => string.Join(" | ", row.Select(ValueFormatter.Format)));

    private static void AssertNoSecret(string secret, string text)
    {
        foreach (var piece in SecretCanaryTests.Pieces(secret).Append(Password))
        {
            Assert.DoesNotContain(piece, text, StringComparison.Ordinal);
        }
    }
}

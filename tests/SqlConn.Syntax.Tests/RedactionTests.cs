using SqlConn.Syntax.Printing;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>With <see cref="PrintOptions.RedactSecrets"/> no secret material reaches the output.</summary>
public sealed class RedactionTests
{
    private const string Secret = "hunter2-s3cr3t";

    private static string Redacted(string sql, SqlDialect dialect = SqlDialect.Materialize) =>
        SqlPrinter.Print(Assert.Single(SqlParser.ParseScript(sql, dialect).Statements).Node, PrintOptions.Redacted);

    [Theory]
    [InlineData($"CREATE SECRET s AS '{Secret}'", "CREATE SECRET s AS '********'")]
    [InlineData($"CREATE SECRET IF NOT EXISTS s AS E'{Secret}\\n'", "CREATE SECRET IF NOT EXISTS s AS '********'")]
    [InlineData($"CREATE SECRET s AS $tag${Secret}$tag$", "CREATE SECRET s AS '********'")]
    [InlineData($"CREATE SECRET s AS decode('{Secret}', 'base64')", "CREATE SECRET s AS '********'")]
    [InlineData($"CREATE SECRET s AS '{Secret}'::bytea", "CREATE SECRET s AS '********'")]
    [InlineData($"ALTER SECRET s AS '{Secret}'", "ALTER SECRET s AS '********'")]
    [InlineData($"CREATE ROLE r WITH LOGIN PASSWORD '{Secret}'", "CREATE ROLE r WITH LOGIN PASSWORD '********'")]
    [InlineData($"ALTER ROLE r WITH PASSWORD '{Secret}'", "ALTER ROLE r WITH PASSWORD '********'")]
    [InlineData($"CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL PASSWORD '{Secret}')", "CREATE CONNECTION k TO KAFKA (BROKER = 'k:9092', SASL PASSWORD = '********')")]
    [InlineData($"ALTER CONNECTION pg SET (PASSWORD = E'{Secret}'), SET (HOST 'db')", "ALTER CONNECTION pg SET (PASSWORD = '********'), SET (HOST = 'db')")]
    [InlineData($"INSERT INTO t VALUES (E'{Secret}', $${Secret}$$, X'0F')", "INSERT INTO t VALUES ('********', '********', '********')")]
    public void Masks_secret_values_and_passwords(string sql, string expected)
    {
        var printed = Redacted(sql);
        Assert.Equal(expected, printed);
        Assert.DoesNotContain(Secret, printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"CREATE EXTERNAL CONNECTION b AS 's3://bucket?AWS_SECRET_ACCESS_KEY={Secret}'", "CREATE EXTERNAL CONNECTION b AS '*****'")]
    [InlineData($"ALTER EXTERNAL CONNECTION IF EXISTS b AS 's3://x?k={Secret}'", "ALTER EXTERNAL CONNECTION IF EXISTS b AS '*****'")]
    [InlineData($"CHECK EXTERNAL CONNECTION 'gs://b?BEARER_TOKEN={Secret}' WITH TIME = '1s'", "CHECK EXTERNAL CONNECTION '*****' WITH OPTIONS (TIME = '1s')")]
    public void Masks_cockroachdb_uris_the_way_cockroachdb_does(string sql, string expected)
    {
        var printed = Redacted(sql, SqlDialect.CockroachDb);
        Assert.Equal(expected, printed);
        Assert.DoesNotContain(Secret, printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_sources_readable_but_masks_the_literals_of_their_tail()
    {
        var printed = Redacted($"CREATE SOURCE s FROM KAFKA CONNECTION k (TOPIC 't') FORMAT CSV WITH HEADER ('{Secret}')");
        Assert.Equal("CREATE SOURCE s FROM KAFKA CONNECTION k (TOPIC = 't') FORMAT CSV WITH HEADER ('********')", printed);
    }

    [Fact]
    public void Does_not_redact_without_the_option() =>
        Assert.Equal($"CREATE SECRET s AS '{Secret}'", SqlPrinter.Print(SqlParser.ParseScript($"CREATE SECRET s AS '{Secret}'").Statements[0].Node));
}

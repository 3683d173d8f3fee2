using SqlConn.Syntax.Printing;
using Xunit;

namespace SqlConn.Syntax.Tests;

public sealed class PrinterTests
{
    private static string Print(string sql)
    {
        var script = SqlParser.ParseScript(sql);
        Assert.DoesNotContain(script.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        return SqlPrinter.Print(Assert.Single(script.Statements).Node);
    }

    [Theory]
    [InlineData("DROP SECRET abc", "DROP SECRET abc")]
    [InlineData("DROP SECRET ABC", "DROP SECRET abc")]
    [InlineData("DROP SECRET \"Abc\"", "DROP SECRET \"Abc\"")]
    [InlineData("DROP SECRET \"abc\"", "DROP SECRET \"abc\"")]
    [InlineData("DROP SECRET \"a b\"", "DROP SECRET \"a b\"")]
    [InlineData("DROP SECRET \"say \"\"hi\"\"\"", "DROP SECRET \"say \"\"hi\"\"\"")]
    [InlineData("DROP SECRET \"1abc\"", "DROP SECRET \"1abc\"")]
    [InlineData("DROP SECRET a$b", "DROP SECRET a$b")]
    [InlineData("DROP SECRET host", "DROP SECRET host")]
    [InlineData("SELECT \"select\" FROM t", "SELECT \"select\" FROM t")]
    [InlineData("SELECT \"null\", \"join\" FROM t", "SELECT \"null\", \"join\" FROM t")]
    [InlineData("DROP SECRET café", "DROP SECRET café")]
    public void Quotes_identifiers_only_when_needed_or_written_quoted(string sql, string expected) =>
        Assert.Equal(expected, Print(sql));

    [Theory]
    [InlineData("CREATE SECRET s AS 'it''s'", "CREATE SECRET s AS 'it''s'")]
    [InlineData("CREATE SECRET s AS E'a\\nb\\\\c\\'d\\te'", "CREATE SECRET s AS E'a\\nb\\\\c\\'d\\te'")]
    [InlineData("CREATE SECRET s AS E'\\x01'", "CREATE SECRET s AS E'\\u0001'")]
    [InlineData("CREATE SECRET s AS $$it's$$", "CREATE SECRET s AS $$it's$$")]
    [InlineData("CREATE SECRET s AS $pem$-----BEGIN$$-----$pem$", "CREATE SECRET s AS $pem$-----BEGIN$$-----$pem$")]
    [InlineData("CREATE SECRET s AS decode('c2VjcmV0Cg==', 'base64')", "CREATE SECRET s AS decode('c2VjcmV0Cg==', 'base64')")]
    [InlineData("CREATE SECRET s AS 'x'::bytea", "CREATE SECRET s AS 'x'::bytea")]
    [InlineData("CREATE SECRET s AS CAST('x' AS bytea)", "CREATE SECRET s AS CAST('x' AS bytea)")]
    public void Reproduces_the_kind_of_string_literals(string sql, string expected) =>
        Assert.Equal(expected, Print(sql));

    [Theory]
    [InlineData("CREATE CONNECTION k FOR KAFKA BROKER 'k:9092'", "CREATE CONNECTION k FOR KAFKA BROKER = 'k:9092'")]
    [InlineData("CREATE CONNECTION k TO KAFKA (BROKERS ['a:1', 'b:2'])", "CREATE CONNECTION k TO KAFKA (BROKERS = ['a:1', 'b:2'])")]
    [InlineData("ALTER CONNECTION k RESET (BROKER)", "ALTER CONNECTION k RESET (BROKER)")]
    [InlineData("ALTER CONNECTION k DROP (BROKER)", "ALTER CONNECTION k DROP (BROKER)")]
    [InlineData("create connection p to postgres (host 'h', username 'u')", "CREATE CONNECTION p TO POSTGRES (HOST = 'h', USER = 'u')")]
    [InlineData("SELECT - - 1, -(-1), NOT NOT TRUE", "SELECT - -1, -(-1), NOT NOT TRUE")]
    public void Normalises_what_the_tree_does_not_record(string sql, string expected) =>
        Assert.Equal(expected, Print(sql));

    [Fact]
    public void Prints_an_invalid_statement_as_nothing() =>
        Assert.Equal(string.Empty, SqlPrinter.Print(SqlParser.ParseScript("FROBNICATE;").Statements[0].Node));
}

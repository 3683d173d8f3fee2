namespace SqlConn.Cli.Tests.Ci;

/// <summary>
/// sqlconn.json as <c>sqlconn lint</c> finds and uses it (every loader error case is in the Ide tests,
/// tests/testdata/ci/config.test): found above each linted file, or named with --config; a bad one
/// stops the run with exit code 2 and a message naming the file and the key.
/// </summary>
public sealed class ConfigFileTests
{
    private const string Kafka = "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');\n";

    [Fact]
    public void Each_file_uses_the_nearest_configuration_above_it()
    {
        using var dir = new TempDirectory();
        dir.Write("strict/sqlconn.json", """{ "rules": { "SC4005": "error" } }""");
        dir.Write("strict/sql/a.sql", Kafka);
        dir.Write("lenient/sqlconn.json", """{ "rules": { "SC4005": "off" } }""");
        dir.Write("lenient/b.sql", Kafka);
        dir.Write("c.sql", Kafka);

        var result = dir.Run("lint", "--format", "github", "strict/sql/a.sql", "lenient/b.sql", "c.sql");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "::error file=strict/sql/a.sql,line=1,col=48,endLine=1,endColumn=65,title=SC4005::PLAINTEXT sends data unencrypted%0Ahint: use SSL or SASL_SSL, or route the traffic through an SSH TUNNEL or AWS PRIVATELINK",
                "::warning file=c.sql,line=1,col=48,endLine=1,endColumn=65,title=SC4005::PLAINTEXT sends data unencrypted%0Ahint: use SSL or SASL_SSL, or route the traffic through an SSH TUNNEL or AWS PRIVATELINK",
                "3 files checked: 1 error, 1 warning",
            ],
            result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Without_paths_the_scripts_of_the_working_directorys_configuration_are_linted_in_their_order()
    {
        using var dir = new TempDirectory();
        dir.Write("sqlconn.json", """{ "scripts": ["later/*.sql", "first.sql"] }""");
        dir.Write("first.sql", "CREATE SECRET s AS 'x';\n");
        dir.Write("later/uses.sql", "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'u', DATABASE 'd', PASSWORD SECRET s);\n");

        var result = dir.Run("lint", "--format", "github");

        Assert.Equal(
            "::error file=later/uses.sql,line=1,col=86,endLine=1,endColumn=87,title=SC2001::unknown catalog item 's'\n2 files checked: 1 error, 0 warnings\n",
            result.Stdout);
    }

    [Fact]
    public void The_config_option_names_the_file_for_every_linted_file()
    {
        using var dir = new TempDirectory();
        dir.Write("sqlconn.json", """{ "rules": { "SC4005": "off" } }""");
        dir.Write("ci/strict.json", """{ "rules": { "SC4005": "error" } }""");
        dir.Write("a.sql", Kafka);

        Assert.Equal(0, dir.Run("lint", "a.sql").ExitCode);
        Assert.Equal(1, dir.Run("lint", "--config", "ci/strict.json", "a.sql").ExitCode);
    }

    [Fact]
    public void Command_line_settings_override_the_configuration()
    {
        using var dir = new TempDirectory();
        dir.Write("sqlconn.json", """{ "dialect": "cockroachdb" }""");
        dir.Write("a.sql", "CREATE SECRET s AS 'x';\n");

        Assert.Equal(1, dir.Run("lint", "a.sql").ExitCode);
        Assert.Equal(0, dir.Run("lint", "--dialect", "materialize", "a.sql").ExitCode);
    }

    [Theory]
    [InlineData("""{ "scirpts": [] }""", "sqlconn.json: unknown key \"scirpts\": did you mean \"scripts\"? (keys: dialect, role, seed, scripts, rules, baseline)")]
    [InlineData("""{ "seed": "one" }""", "sqlconn.json: \"seed\" must be an integer from 0 to 18446744073709551615, not \"one\"")]
    [InlineData("""{ "rules": { "SC4005": "warn" } }""", "sqlconn.json: \"rules.SC4005\" must be one of off, hint, info, warning, error, not \"warn\"")]
    [InlineData("""{ "scripts": ["migrations/*.sql"] }""", "sqlconn.json: \"scripts\": \"migrations/*.sql\" matches no file")]
    [InlineData("{ \"dialect\": \"materialize\",\n  \"role\" \"admin\" }", "sqlconn.json:2:10: invalid JSON: '\"' is invalid after a property name. Expected a ':'")]
    public void A_bad_configuration_exits_2_naming_the_file_and_the_key(string json, string message)
    {
        using var dir = new TempDirectory();
        dir.Write("sqlconn.json", json);
        dir.Write("a.sql", "CREATE SECRET s AS 'x';\n");

        var result = dir.Run("lint", "a.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal($"sqlconn: {Path.Combine(dir.Path, message)}\n", result.Stderr);
    }

    [Fact]
    public void A_missing_config_file_exits_2()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "CREATE SECRET s AS 'x';\n");

        var result = dir.Run("lint", "--config", "nope.json", "a.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sqlconn: no such configuration file: nope.json\n", result.Stderr);
    }

    [Fact]
    public void Without_paths_or_listed_scripts_there_is_nothing_to_lint()
    {
        using var dir = new TempDirectory();
        dir.Write("sqlconn.json", """{ "seed": 1 }""");

        var result = dir.Run("lint");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sqlconn: no files to lint: name files or directories, or list the project's scripts in sqlconn.json (\"scripts\")\n", result.Stderr);
    }
}

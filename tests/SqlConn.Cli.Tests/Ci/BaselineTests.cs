namespace SqlConn.Cli.Tests.Ci;

/// <summary>
/// Baselines: a catalog snapshot written by <c>sqlconn run --save</c>, then scripts, from --baseline or
/// sqlconn.json's "baseline"; linted files run on top of them.
/// </summary>
public sealed class BaselineTests
{
    private const string Existing = "CREATE SECRET kafka_password AS 'baseline-canary';\nCREATE CONNECTION bastion TO SSH TUNNEL (HOST 'bastion', PORT 22, USER 'materialize');\n";
    private const string Migration = "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL MECHANISMS = 'PLAIN', SASL USERNAME = 'u', SASL PASSWORD = SECRET kafka_password, SSH TUNNEL bastion);\n";

    [Fact]
    public void A_migration_using_objects_of_a_snapshot_lints_clean_on_top_of_it()
    {
        using var dir = new TempDirectory();
        dir.Write("production.sql", Existing);
        dir.Write("migration.sql", Migration);
        Assert.Equal(0, dir.Run("run", "--seed", "1", "--save", "production.snapshot", "production.sql").ExitCode);

        var without = dir.Run("lint", "migration.sql");
        var with = dir.Run("lint", "--baseline", "production.snapshot", "migration.sql");

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("unknown catalog item 'kafka_password'", without.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, with.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", with.Stdout);
        Assert.DoesNotContain("baseline-canary"u8.ToArray(), File.ReadAllBytes(Path.Combine(dir.Path, "production.snapshot")));
    }

    [Fact]
    public void The_configuration_baseline_is_a_snapshot_then_scripts()
    {
        using var dir = new TempDirectory();
        dir.Write("secrets.sql", "CREATE SECRET kafka_password AS 'x';\n");
        dir.Write("baseline/tunnel.sql", "CREATE CONNECTION bastion TO SSH TUNNEL (HOST 'bastion', PORT 22, USER 'materialize');\n");
        Assert.Equal(0, dir.Run("run", "--save", "baseline/secrets.snapshot", "secrets.sql").ExitCode);
        dir.Write("sqlconn.json", """{ "baseline": ["baseline/secrets.snapshot", "baseline/*.sql"] }""");
        dir.Write("migration.sql", Migration);

        var result = dir.Run("lint", "migration.sql");

        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Stdout);
    }

    [Fact]
    public void Baseline_scripts_are_context_and_not_reported()
    {
        using var dir = new TempDirectory();
        dir.Write("baseline.sql", Existing + "DROP SECRET missing;\n");
        dir.Write("migration.sql", Migration);

        var result = dir.Run("lint", "--baseline", "baseline.sql", "migration.sql");

        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Stdout);
    }

    [Fact]
    public void A_snapshot_after_a_script_is_refused()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "CREATE SECRET a AS 'x';\n");
        Assert.Equal(0, dir.Run("run", "--save", "a.snapshot", "a.sql").ExitCode);

        var result = dir.Run("lint", "--baseline", "a.sql", "--baseline", "a.snapshot", "a.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sqlconn: --baseline: only the first entry can be a catalog snapshot, not a.snapshot (scripts end in .sql)\n", result.Stderr);
    }

    [Fact]
    public void A_corrupt_snapshot_exits_2_and_is_left_as_it_was()
    {
        using var dir = new TempDirectory();
        var snapshot = dir.Write("broken.snapshot", "not a snapshot");
        dir.Write("a.sql", "CREATE SECRET a AS 'x';\n");

        var result = dir.Run("lint", "--baseline", "broken.snapshot", "a.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"sqlconn: cannot read snapshot {snapshot}: not a SqlConn catalog snapshot (write one with sqlconn run --save)\n", result.Stderr);
        Assert.Equal("not a snapshot", File.ReadAllText(snapshot));
    }
}

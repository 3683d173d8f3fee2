namespace SqlConn.Cli.Tests.Ci;

/// <summary><c>sqlconn lint --format sarif</c> passes the official SARIF Multitool's validation.</summary>
public sealed class SarifValidationTests
{
    [Fact]
    public void The_fixture_project_report_is_valid_sarif()
    {
        using var dir = new TempDirectory();
        var report = Path.Combine(dir.Path, "sqlconn.sarif");

        var result = SqlConnProcess.Run(LintGoldenTests.Project, "lint", "--format", "sarif", "--output", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(SarifMultitool.Errors(report));
    }

    [Fact]
    public void A_report_with_absolute_file_uris_is_valid_sarif()
    {
        using var dir = new TempDirectory();
        var script = dir.Write("some dir/hint.sql", "CREATE SECRET s AS 'x';;\n");
        dir.Write("broken.sql", "CREATE SECRET s = 'x';;\n");
        var report = Path.Combine(dir.Path, "sqlconn.sarif");

        var result = SqlConnProcess.Run(LintGoldenTests.Project, "lint", "--format", "sarif", "--output", report, script, Path.Combine(dir.Path, "broken.sql"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(new Uri(script).AbsoluteUri, File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.Errors(report));
    }

    [Fact]
    public void The_validation_catches_an_invalid_report()
    {
        using var dir = new TempDirectory();
        var report = Path.Combine(dir.Path, "sqlconn.sarif");
        SqlConnProcess.Run(LintGoldenTests.Project, "lint", "--format", "sarif", "--output", report);
        File.WriteAllText(report, File.ReadAllText(report).Replace("\"startLine\": 1,", "\"startLine\": 0,", StringComparison.Ordinal));

        Assert.NotEmpty(SarifMultitool.Errors(report));
    }
}

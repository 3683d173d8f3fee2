namespace SqlConn.Cli.Tests.Ci;

/// <summary><c>--output FILE</c>: the report goes to the file, written atomically; the terminal gets the summary line.</summary>
public sealed class OutputFileTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("junit")]
    public void The_report_goes_to_the_file_and_the_summary_to_the_terminal(string format)
    {
        using var dir = new TempDirectory();
        var output = Path.Combine(dir.Path, "reports", "lint.out");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "an older report");

        var toFile = SqlConnProcess.Run(LintGoldenTests.Project, "lint", "--format", format, "--output", output);
        var toTerminal = SqlConnProcess.Run(LintGoldenTests.Project, "lint", "--format", format);

        Assert.Equal(1, toFile.ExitCode);
        Assert.Equal("4 files checked: 1 error, 5 warnings, 4 suppressed\n", toFile.Stdout);
        Assert.Empty(toFile.Stderr);
        Assert.Equal(toTerminal.Stdout, File.ReadAllText(output));
        Assert.Equal(["lint.out"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_report_that_cannot_be_written_exits_2_and_names_the_file()
    {
        using var dir = new TempDirectory();
        var output = Path.Combine(dir.Path, "missing-folder", "lint.sarif");

        var result = SqlConnProcess.Run(LintGoldenTests.Project, "lint", "--format", "sarif", "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"sqlconn: cannot write the report to {output}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}

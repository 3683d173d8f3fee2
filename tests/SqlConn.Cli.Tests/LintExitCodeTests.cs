using Xunit;

namespace SqlConn.Cli.Tests;

/// <summary>Exit codes: 0 no error, 1 at least one error, 2 usage or I/O problem (message on stderr).</summary>
public sealed class LintExitCodeTests
{
    [Fact]
    public void A_clean_file_exits_0()
    {
        using var dir = new TempDirectory();
        dir.Write("clean.sql", "CREATE SECRET pg_password AS 'x';\nCREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'u', PASSWORD SECRET pg_password, DATABASE 'd');\n");

        var result = dir.Run("lint", "clean.sql");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Hints_and_warnings_alone_exit_0()
    {
        using var dir = new TempDirectory();
        dir.Write("hints.sql", "-- sqlconn: bastian-updated\nCREATE TABLE t (a int);;\n");

        var result = dir.Run("lint", "hints.sql");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("1 file checked: 0 errors, 1 warning\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_an_error_exits_1()
    {
        using var dir = new TempDirectory();
        dir.Write("broken.sql", "CREATE SECRET s = 'x';\n");

        Assert.Equal(1, dir.Run("lint", "broken.sql").ExitCode);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_on_stderr()
    {
        using var dir = new TempDirectory();

        var result = dir.Run("lint", "missing.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal("sqlconn: no such file or directory: missing.sql\n", result.Stderr);
    }

    [Theory]
    [InlineData("lint", "--format", "xml", "a.sql")]
    [InlineData("lint", "--dialect", "oracle", "a.sql")]
    [InlineData("lint")]
    [InlineData("frobnicate")]
    public void A_usage_error_exits_2_with_a_message_on_stderr(params string[] args)
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "DROP SECRET s;");

        var result = dir.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sqlconn: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}

using System.Runtime;
using Xunit;

namespace SqlConn.Cli.Tests;

/// <summary>Batch commands start without collecting (<see cref="BatchCollection"/>); the language server does not.</summary>
public sealed class BatchCollectionTests
{
    [Theory]
    [InlineData(true, "lint", "a.sql")]
    [InlineData(true, "run", "--format", "json", "a.sql")]
    [InlineData(true, "explain", "SC2001")]
    [InlineData(false, "serve", "--stdio")]
    [InlineData(false, "--help")]
    [InlineData(false)]
    public void Only_the_commands_that_exit_after_their_report_start_in_a_no_GC_region(bool batch, params string[] args)
    {
        try
        {
            BatchCollection.Configure(args);

            Assert.Equal(batch, GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    [Fact]
    public void A_heap_limit_below_the_budget_leaves_the_lint_collecting_as_usual()
    {
        using var dir = new TempDirectory();
        dir.Write("clean.sql", "CREATE SECRET pg_password AS 'x';\n");
        var limit = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = $"0x{BatchCollection.Budget / 2:x}" };

        var result = SqlConnProcess.Run(dir.Path, limit, "lint", "clean.sql");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Stdout);
        Assert.Empty(result.Stderr);
    }
}

using SqlConn.Ide.Diagnostics;

namespace SqlConn.Cli.Tests.Ci;

/// <summary><c>sqlconn explain CODE</c> prints the code's section of docs/diagnostics.md.</summary>
public sealed class ExplainTests
{
    [Theory]
    [InlineData("SC5001")]
    [InlineData("sc2001")]
    [InlineData("SC1001")]
    public void A_known_code_is_explained_with_a_bad_and_a_good_example(string code)
    {
        using var dir = new TempDirectory();

        var result = dir.Run("explain", code);

        Assert.Equal(0, result.ExitCode);
        var descriptor = DiagnosticCatalog.Find(code);
        Assert.NotNull(descriptor);
        Assert.Equal(DiagnosticExplanation.Markdown(descriptor), result.Stdout);
        Assert.Contains(descriptor.BadExample, result.Stdout, StringComparison.Ordinal);
        Assert.Contains(descriptor.GoodExample, result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SC4050", "sqlconn: unknown diagnostic code \"SC4050\": did you mean SC4005?\n")]
    [InlineData("SC9999", "sqlconn: unknown diagnostic code \"SC9999\": docs/diagnostics.md lists every code\n")]
    public void An_unknown_code_exits_2(string code, string message)
    {
        using var dir = new TempDirectory();

        var result = dir.Run("explain", code);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal(message, result.Stderr);
    }
}

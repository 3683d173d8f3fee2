namespace SqlConn.Cli.Tests.Ci;

/// <summary>No report format shows a secret value, whether its statement is reported, suppressed or fine.</summary>
public sealed class SecretLeakTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("junit")]
    public void No_format_shows_a_secret_value(string format)
    {
        using var dir = new TempDirectory();
        dir.Write("secrets.sql",
            "CREATE SECRET a AS 'canary-one';\n"
            + "-- sqlconn-ignore SC2003: a suppressed diagnostic shows no value either\n"
            + "CREATE SECRET a AS 'canary-two';\n"
            + "CREATE SECRET b = 'canary-three';\n"
            + "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL PASSWORD = 'canary-four');\n");

        var result = dir.Run("lint", "--format", format, "secrets.sql");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("canary", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}

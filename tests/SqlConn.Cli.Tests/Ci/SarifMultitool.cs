using System.Diagnostics;
using System.Text.Json;

namespace SqlConn.Cli.Tests.Ci;

/// <summary>
/// The official SARIF Multitool (npm @microsoft/sarif-multitool, pinned in package.json; the build runs
/// npm ci). Its <c>validate</c> verb exits 0 whatever it finds, so the verdict is read from the log it
/// writes: a result at level error means the file is invalid. A file it cannot read at all (an unknown
/// enum value, say) is skipped without a word, so the log must also list the file among its artifacts
/// (<c>--insert Hashes</c> adds every file it analysed).
/// </summary>
internal static class SarifMultitool
{
    /// <summary>The validator's error-level findings about <paramref name="sarifFile"/> (empty when it is valid).</summary>
    public static IReadOnlyList<string> Errors(string sarifFile)
    {
        var log = Path.Combine(Path.GetDirectoryName(sarifFile) ?? ".", "validation.sarif");
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "validate", "--quiet", "true", "--insert", "Hashes", "--output", log, sarifFile })
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the SARIF Multitool"))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the SARIF Multitool did not finish in 2 minutes");
            Assert.True(process.ExitCode == 0, $"the SARIF Multitool failed ({process.ExitCode}): {stdout.Result}{stderr.Result}");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(log));
        var run = json.RootElement.GetProperty("runs")[0];
        var analysed = run.TryGetProperty("artifacts", out var artifacts)
            ? artifacts.EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList()
            : [];
        Assert.True(analysed.Contains(new Uri(sarifFile).AbsoluteUri), $"the SARIF Multitool did not analyse {sarifFile} (analysed: {string.Join(", ", analysed)})");
        return [.. run.GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("level", out var level) && level.GetString() == "error")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {string.Join(", ", r.GetProperty("message").GetProperty("arguments").EnumerateArray().Select(a => a.GetString()))}")];
    }

    private static string Executable()
    {
        var (platform, name) = OperatingSystem.IsWindows() ? ("win32", "Sarif.Multitool.exe")
            : OperatingSystem.IsMacOS() ? ("darwin", "Sarif.Multitool")
            : ("linux", "Sarif.Multitool");
        var path = Path.Combine(RepositoryPaths.Root, "node_modules", "@microsoft", $"sarif-multitool-{platform}", name);
        Assert.True(File.Exists(path), $"{path} is missing: run 'npm ci' in {RepositoryPaths.Root} (dotnet build does when package-lock.json changed)");
        return path;
    }
}

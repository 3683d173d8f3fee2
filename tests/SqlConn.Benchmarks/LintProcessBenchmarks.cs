using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SqlConn.Workloads;

namespace SqlConn.Benchmarks;

/// <summary>
/// Issue 2's wall-time target: <c>sqlconn lint</c> on the 20,000-statement benchmark script, as a
/// process, from its start to its exit (under 1 s asked). The setup publishes <c>sqlconn</c> the way
/// docs/ci.md does (<c>dotnet publish server/SqlConn.Cli -c Release</c>), so the figure is that of the
/// binary users run in CI; each iteration is one process (JSON report to a file; exit code 1, since
/// the script has errors by design).
/// </summary>
[Config(typeof(LatencyConfig))]
public class LintProcessBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sqlconn-lint-benchmark-{Environment.ProcessId}");

    private string Script => Path.Combine(folder, "benchmark.sql");

    private string Published => Path.Combine(folder, "sqlconn");

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Script, BenchmarkScript.Materialize());
        var project = Path.Combine(RepositoryRoot(), "server", "SqlConn.Cli");
        var exit = Run("dotnet", "publish", project, "--configuration", "Release", "--output", Published, "--nologo");
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed with exit code {exit}");
        }
    }

    [Benchmark]
    public int LintBenchmarkScript()
    {
        var exit = Run("dotnet", Path.Combine(Published, "sqlconn.dll"), "lint", Script, "--format", "json", "--output", Path.Combine(folder, "report.json"));
        return exit == 1 ? exit : throw new InvalidOperationException($"sqlconn lint exited with {exit}, expected 1 (the script has errors)");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1))
        {
            Console.Error.WriteLine(output.Result + errors.Result);
        }

        return process.ExitCode;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LangServer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no LangServer.sln above {AppContext.BaseDirectory}");
    }
}

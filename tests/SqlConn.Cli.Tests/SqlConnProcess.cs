using System.Diagnostics;

namespace SqlConn.Cli.Tests;

/// <summary>The result of one run of the built <c>sqlconn</c>.</summary>
internal sealed record RunResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built <c>sqlconn</c> binary as a separate process (<c>dotnet sqlconn.dll ...</c>).</summary>
internal static class SqlConnProcess
{
    private static readonly string Dll = Locate();

    public static RunResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs it with <paramref name="environment"/> added to this process's environment variables.</summary>
    public static RunResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sqlconn {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// sqlconn.dll next to the test assembly (the project reference copies it there), else the
    /// Cli project's own build output for the same configuration.
    /// </summary>
    private static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "sqlconn.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        // .../tests/SqlConn.Cli.Tests/bin/<Configuration>/<tfm>/
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var tfm = output.Name;
        var configuration = output.Parent?.Name ?? "Debug";
        for (var directory = output; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "server", "SqlConn.Cli", "bin", configuration, tfm, "sqlconn.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"sqlconn.dll not found beside {AppContext.BaseDirectory} nor in server/SqlConn.Cli/bin");
    }
}

namespace SqlConn.Cli.Tests;

/// <summary>A fresh directory for one test, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sqlconn-cli-tests-").FullName;

    /// <summary>Writes <paramref name="content"/> to a file under the directory (creating subdirectories) and returns its path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full) ?? Path);
        File.WriteAllText(full, content);
        return full;
    }

    public RunResult Run(params string[] args) => SqlConnProcess.Run(Path, args);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

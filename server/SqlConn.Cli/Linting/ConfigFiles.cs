using SqlConn.Ide.Configuration;

namespace SqlConn.Cli.Linting;

/// <summary>
/// Finds and loads sqlconn.json files: the nearest one above a file (its folder, then each parent),
/// each file loaded once per run.
/// </summary>
internal sealed class ConfigFiles
{
    private readonly Dictionary<string, SqlConnConfig?> byDirectory = new(StringComparer.Ordinal);

    /// <summary>Loads a file named with <c>--config</c>.</summary>
    public static SqlConnConfig Load(string path) =>
        File.Exists(path) ? SqlConnConfigLoader.Load(path) : throw new IOException($"no such configuration file: {path}");

    /// <summary>The configuration that applies to files in <paramref name="directory"/>, or null when no folder above it has one.</summary>
    public SqlConnConfig? Nearest(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (byDirectory.TryGetValue(full, out var known))
        {
            return known;
        }

        var candidate = Path.Combine(full, SqlConnConfig.FileName);
        var found = File.Exists(candidate)
            ? SqlConnConfigLoader.Load(candidate)
            : Path.GetDirectoryName(full) is { } parent ? Nearest(parent) : null;
        byDirectory[full] = found;
        return found;
    }
}

using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
namespace SqlConn.Ide.Configuration;

/// <summary>The files that globs of a sqlconn.json select on disk, in the order <see cref="ScriptGlobs"/> gives them.</summary>
public static class ProjectFiles
{
    /// <summary>
    /// Full paths, in execution order. A glob that matches no file is an error naming the key
    /// (<paramref name="key"/>): a project whose migrations moved must not lint clean by accident.
    /// </summary>
    public static ImmutableArray<string> Expand(SqlConnConfig config, string key, ImmutableArray<string> globs)
    {
        var root = config.Directory;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs.Select(ScriptGlobs.Normalize));
        var candidates = matcher.GetResultsInFullPath(root).Select(path => Path.GetRelativePath(root, path));
        var selection = ScriptGlobs.Select(globs, candidates);
        if (!selection.Unmatched.IsEmpty)
        {
            throw new ConfigurationException([.. selection.Unmatched.Select(glob => $"{config.Path}: \"{key}\": \"{glob}\" matches no file")]);
        }

        return [.. selection.Files.Select(file => Path.GetFullPath(Path.Combine(root, file)))];
    }

    /// <summary>The files of the configuration's <c>baseline</c> (none when it has none): a catalog snapshot first, then scripts.</summary>
    public static (string? Snapshot, ImmutableArray<string> Scripts) Baseline(SqlConnConfig config) =>
        config.Baseline.IsEmpty
            ? (null, [])
            : SplitBaseline(Expand(config, "baseline", config.Baseline), entry => new ConfigurationException(
                [$"{config.Path}: \"baseline\": only the first entry can be a catalog snapshot, not {Path.GetRelativePath(config.Directory, entry)} (scripts end in .sql)"]));

    /// <summary>
    /// A baseline's files (full paths, in order): a catalog snapshot first (any file not ending in .sql),
    /// then scripts. A snapshot anywhere else is <paramref name="misplacedSnapshot"/>'s error.
    /// </summary>
    public static (string? Snapshot, ImmutableArray<string> Scripts) SplitBaseline(ImmutableArray<string> entries, Func<string, Exception> misplacedSnapshot)
    {
        static bool IsScript(string path) => path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);
        var snapshot = IsScript(entries[0]) ? null : entries[0];
        var scripts = snapshot is null ? entries : entries[1..];
        if (scripts.FirstOrDefault(entry => !IsScript(entry)) is { } misplaced)
        {
            throw misplacedSnapshot(misplaced);
        }

        return (snapshot, scripts);
    }
}

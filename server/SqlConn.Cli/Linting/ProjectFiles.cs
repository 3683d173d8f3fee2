using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using SqlConn.Ide.Configuration;

namespace SqlConn.Cli.Linting;

/// <summary>The files that globs of a sqlconn.json select on disk, in the order <see cref="ScriptGlobs"/> gives them.</summary>
internal static class ProjectFiles
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
}

using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace SqlConn.Ide.Configuration;

/// <summary>Files selected by an ordered list of globs, in execution order, and the globs that matched none.</summary>
public sealed record ScriptSelection(ImmutableArray<string> Files, ImmutableArray<string> Unmatched);

/// <summary>
/// The execution order of a project's scripts (<see cref="SqlConnConfig.Scripts"/>, <see cref="SqlConnConfig.Baseline"/>):
/// glob by glob, the files each matches in ordinal path order, each file once (at its first glob). Globs
/// are read by Microsoft.Extensions.FileSystemGlobbing: <c>*</c> within a name, <c>**</c> for any
/// folders; a glob without wildcards names one file. Paths are relative, with <c>/</c> separators.
/// </summary>
public static class ScriptGlobs
{
    /// <summary>Orders <paramref name="files"/> (every candidate, relative to the project folder) by <paramref name="globs"/>.</summary>
    public static ScriptSelection Select(IEnumerable<string> globs, IEnumerable<string> files)
    {
        var candidates = files.Select(f => f.Replace('\\', '/')).Distinct().Order(StringComparer.Ordinal).ToList();
        var selected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = ImmutableArray.CreateBuilder<string>();
        foreach (var glob in globs)
        {
            var matcher = new Matcher(StringComparison.Ordinal).AddInclude(Normalize(glob));
            var matches = candidates.Where(c => matcher.Match(c).HasMatches).ToList();
            if (matches.Count == 0)
            {
                unmatched.Add(glob);
            }

            selected.AddRange(matches.Where(seen.Add));
        }

        return new ScriptSelection([.. selected], unmatched.ToImmutable());
    }

    /// <summary>The glob as the matcher reads it (a leading <c>./</c> is dropped).</summary>
    public static string Normalize(string glob) => glob.StartsWith("./", StringComparison.Ordinal) ? glob[2..] : glob;
}

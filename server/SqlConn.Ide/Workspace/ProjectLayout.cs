using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using SqlConn.Ide.Configuration;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// What the workspace's sqlconn.json says about its scripts: the order of its <c>scripts</c> globs,
/// relative to <see cref="Directory"/> (<see cref="DocumentOrder"/> applies it), and the
/// <see cref="Baseline"/> they start from, read from the files its <see cref="BaselineGlobs"/> select.
/// <see cref="None"/> without a sqlconn.json.
/// </summary>
public sealed record ProjectLayout(string? Directory, ImmutableArray<string> Scripts, ImmutableArray<string> BaselineGlobs, ProjectBaseline Baseline)
{
    public static ProjectLayout None { get; } = new(null, [], [], ProjectBaseline.None);

    /// <summary>True for a baseline script: it runs before the workspace, not as one of its documents.</summary>
    public bool IsBaselineScript(WorkspaceDocument document) =>
        DocumentUri.TryGetPath(document.Uri) is { } path && Baseline.Files.Contains(path, StringComparer.Ordinal);

    /// <summary>True when a change to the file at <paramref name="path"/> changes the baseline: it is one of its files, or one its globs select.</summary>
    public bool AffectsBaseline(string path) =>
        Baseline.Files.Contains(path, StringComparer.Ordinal)
        || (Directory is { } directory && BaselineGlobs.Any(glob => new Matcher(StringComparison.Ordinal).AddInclude(ScriptGlobs.Normalize(glob)).Match(directory, path).HasMatches));
}

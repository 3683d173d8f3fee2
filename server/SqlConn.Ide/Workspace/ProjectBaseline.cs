using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Configuration;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// What exists before the workspace's documents run: the <c>baseline</c> of its sqlconn.json (a catalog
/// snapshot, then scripts), read from disk. <see cref="Files"/> are their full paths, snapshot first.
/// The documents start where <see cref="Baseline.Start"/> leaves them, as <c>sqlconn lint</c>'s scripts
/// do. The analyzer compares baselines by reference: a baseline read again is another baseline.
/// </summary>
public sealed record ProjectBaseline(ImmutableArray<string> Files, Engine.Catalog.Catalog? Snapshot, ImmutableArray<ParsedScript> Scripts)
{
    /// <summary>No baseline: a fresh catalog.</summary>
    public static ProjectBaseline None { get; } = new([], null, []);

    /// <summary>The state the first document runs in: the baseline run as the superuser, then a session as the configured role in <see cref="PrivilegeMode.Warn"/>.</summary>
    public EngineState Start(AnalysisSettings settings) => Baseline.Start(settings, Snapshot, Scripts);

    /// <summary>
    /// Reads the baseline of <paramref name="config"/>, its scripts parsed in <paramref name="dialect"/>.
    /// Throws <see cref="ConfigurationException"/>, <see cref="IOException"/> or
    /// <see cref="Engine.Snapshots.SnapshotException"/> when it cannot be read.
    /// </summary>
    public static ProjectBaseline Read(SqlConnConfig config, SqlDialect dialect)
    {
        var (snapshot, scripts) = ProjectFiles.Baseline(config);
        if (snapshot is null && scripts.IsEmpty)
        {
            return None;
        }

        var unreadable = new List<string>();
        var parsed = scripts.Select(path => WorkspaceFiles.TryRead(path, unreadable.Add) is { } text ? SqlParser.ParseScript(text, dialect) : null).ToList();
        if (unreadable.Count > 0)
        {
            throw new IOException(string.Join("\n", unreadable));
        }

        return new ProjectBaseline(
            snapshot is null ? scripts : scripts.Insert(0, snapshot),
            snapshot is null ? null : SnapshotFile.Load(snapshot),
            [.. parsed.OfType<ParsedScript>()]);
    }
}

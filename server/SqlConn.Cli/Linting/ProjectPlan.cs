using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Configuration;
using SqlConn.Ide.Lint;

namespace SqlConn.Cli.Linting;

/// <summary>
/// One project of a lint run: the files that share a sqlconn.json (or none), and how to run them.
/// Paths are full paths. <see cref="Scripts"/> run in order on top of the baseline; those in
/// <see cref="Linted"/> are reported, the others only give context.
/// </summary>
internal sealed record ProjectPlan(
    SqlConnConfig? Config,
    AnalysisSettings Settings,
    string? Snapshot,
    ImmutableArray<string> BaselineScripts,
    ImmutableArray<string> Scripts,
    ImmutableHashSet<string> Linted)
{
    public LintPolicy Policy => Config?.Policy ?? LintPolicy.Default;
}

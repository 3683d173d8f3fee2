using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Lint;

/// <summary>
/// What exists before a project's scripts run: a catalog snapshot (<c>sqlconn run --save</c>) or a
/// fresh catalog, then the baseline scripts. Linted documents run on top of it, so a migration that uses
/// connections created long ago resolves them.
/// </summary>
public static class Baseline
{
    /// <summary>
    /// The state the project's first script runs in. The baseline scripts run as the superuser (they
    /// stand for what administrators created earlier); the project then runs in a new session as
    /// <see cref="AnalysisSettings.Role"/>, where a missing privilege is a warning and the statement
    /// goes on (<see cref="PrivilegeMode.Warn"/>): a linter reports every privilege a script lacks, not
    /// only the first. <paramref name="snapshot"/> null means a fresh catalog from <see cref="AnalysisSettings.Seed"/>.
    /// </summary>
    public static EngineState Start(AnalysisSettings settings, Catalog? snapshot, IEnumerable<ParsedScript> scripts)
    {
        var state = Sessions.Start(snapshot ?? DefaultCatalog.Create(settings.Seed), null, settings.Dialect);
        foreach (var script in scripts)
        {
            state = ScriptRunner.RunToEnd(state, script);
        }

        var project = Sessions.Start(state.Catalog, settings.Role, settings.Dialect);
        return project with { Session = project.Session with { PrivilegeMode = PrivilegeMode.Warn } };
    }
}

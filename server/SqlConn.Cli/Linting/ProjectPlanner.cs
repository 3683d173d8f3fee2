using System.Collections.Immutable;
using SqlConn.Cli.Commands;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Configuration;
using SqlConn.Syntax;

namespace SqlConn.Cli.Linting;

/// <summary>
/// Turns the command line into projects. Each linted file belongs to the sqlconn.json nearest above it
/// (or to the one named by <c>--config</c>); files without one form a project of their own, run in
/// command-line order. A project whose configuration lists its scripts runs all of them in that order
/// (linted files it does not list run after them). Command-line settings override the file's.
/// </summary>
internal static class ProjectPlanner
{
    private const string BaselineOption = "--baseline";

    public static ImmutableArray<ProjectPlan> Plan(LintOptions options)
    {
        var configs = new ConfigFiles();
        var named = options.Config is { } path ? ConfigFiles.Load(path) : null;
        if (options.Paths.Count == 0)
        {
            var config = named ?? configs.Nearest(Directory.GetCurrentDirectory());
            if (config is null || config.Scripts.IsEmpty)
            {
                throw new UsageException(
                    $"no files to lint: name files or directories, or list the project's scripts in {SqlConnConfig.FileName} (\"scripts\")");
            }

            return [Plan(options, config, ProjectFiles.Expand(config, "scripts", config.Scripts))];
        }

        return [.. ScriptFiles.Find(options.Paths)
            .Select(Path.GetFullPath)
            .GroupBy(file => named ?? configs.Nearest(Path.GetDirectoryName(file) ?? "."))
            .Select(group => Plan(options, group.Key, [.. group]))];
    }

    private static ProjectPlan Plan(LintOptions options, SqlConnConfig? config, ImmutableArray<string> files)
    {
        var settings = new AnalysisSettings(
            options.Dialect ?? config?.Dialect ?? SqlDialect.Materialize,
            options.Role ?? config?.Role,
            options.Seed ?? config?.Seed ?? 0);
        var (snapshot, baselineScripts) = options.Baseline.Count > 0
            ? Baseline([.. ScriptFiles.Find(options.Baseline).Select(Path.GetFullPath)],
                entry => new UsageException($"{BaselineOption}: only the first entry can be a catalog snapshot, not {entry} (scripts end in .sql)"))
            : config is { Baseline.IsEmpty: false }
                ? Baseline(ProjectFiles.Expand(config, "baseline", config.Baseline),
                    entry => new ConfigurationException([$"{config.Path}: \"baseline\": only the first entry can be a catalog snapshot, not {entry} (scripts end in .sql)"]))
                : (null, []);
        var scripts = config is { Scripts.IsEmpty: false }
            ? ProjectFiles.Expand(config, "scripts", config.Scripts)
            : [];
        return new ProjectPlan(config, settings, snapshot, baselineScripts, [.. scripts.Union(files)], [.. files]);
    }

    /// <summary>A baseline's entries: a catalog snapshot first (any file not ending in .sql), then scripts.</summary>
    private static (string? Snapshot, ImmutableArray<string> Scripts) Baseline(ImmutableArray<string> entries, Func<string, Exception> misplacedSnapshot)
    {
        static bool IsScript(string path) => path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);
        var snapshot = IsScript(entries[0]) ? null : entries[0];
        var scripts = snapshot is null ? entries : entries[1..];
        if (scripts.FirstOrDefault(entry => !IsScript(entry)) is { } misplaced)
        {
            throw misplacedSnapshot(ScriptFiles.Display(misplaced));
        }

        return (snapshot, scripts);
    }
}

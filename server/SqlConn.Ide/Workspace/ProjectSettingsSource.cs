using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Engine.Snapshots;
using SqlConn.Ide.Configuration;
using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The settings of the workspace's project: the first <c>sqlconn.json</c> found in a workspace
/// folder or above it (as <c>sqlconn lint</c> finds it above a file) gives the dialect, role, seed
/// and lint policy, so that the editor reports what CI reports; the editor's settings fill in what
/// the file leaves unset. Its <c>scripts</c> order the documents and its <c>baseline</c> is read
/// (<see cref="ProjectLayout"/>). An unusable file is reported and ignored.
/// </summary>
public sealed class ProjectSettingsSource : IAnalysisSettingsSource
{
    public WorkspaceSettings Resolve(EditorSettings editor, ImmutableArray<string> folders, Action<string> problem)
    {
        var fromEditor = editor.ApplyTo(AnalysisSettings.Default);
        if (Find(folders) is not { } path)
        {
            return WorkspaceSettings.Default with { Analysis = fromEditor };
        }

        try
        {
            var config = SqlConnConfigLoader.Load(path);
            var analysis = new AnalysisSettings(config.Dialect ?? fromEditor.Dialect, config.Role ?? fromEditor.Role, config.Seed ?? fromEditor.Seed);
            return new WorkspaceSettings(analysis, config.Policy)
            {
                Project = new ProjectLayout(config.Directory, config.Scripts, config.Baseline, Baseline(config, analysis.Dialect, problem)),
            };
        }
        catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException)
        {
            problem($"{SqlConnConfig.FileName} is not used: {e.Message}");
            return WorkspaceSettings.Default with { Analysis = fromEditor };
        }
    }

    /// <summary>The project's baseline, read again; an unusable one is reported and the workspace starts from a fresh catalog.</summary>
    private static ProjectBaseline Baseline(SqlConnConfig config, SqlDialect dialect, Action<string> problem)
    {
        try
        {
            return ProjectBaseline.Read(config, dialect);
        }
        catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException or SnapshotException)
        {
            problem($"the baseline of {config.Path} is not used: {e.Message}");
            return ProjectBaseline.None;
        }
    }

    /// <summary>The path of the first sqlconn.json in or above a folder, or null.</summary>
    public static string? Find(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, SqlConnConfig.FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Configuration;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The settings of the workspace's project: the first <c>sqlconn.json</c> found in a workspace
/// folder or above it (as <c>sqlconn lint</c> finds it above a file) gives the dialect, role, seed
/// and lint policy, so that the editor reports what CI reports; the editor's settings fill in what
/// the file leaves unset. An unusable file is reported and ignored.
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
            return new WorkspaceSettings(
                new AnalysisSettings(config.Dialect ?? fromEditor.Dialect, config.Role ?? fromEditor.Role, config.Seed ?? fromEditor.Seed),
                config.Policy);
        }
        catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException)
        {
            problem($"{SqlConnConfig.FileName} is not used: {e.Message}");
            return WorkspaceSettings.Default with { Analysis = fromEditor };
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

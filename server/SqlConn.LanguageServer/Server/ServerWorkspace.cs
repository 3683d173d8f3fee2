using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// The server's current <see cref="WorkspaceState"/>. Changes (edits, opened and closed documents,
/// files changed on disk, settings, folders) are applied one at a time, each making a new immutable
/// state with a higher generation; <see cref="Changed"/> then tells the <see cref="AnalysisScheduler"/>.
/// </summary>
internal sealed class ServerWorkspace(IAnalysisSettingsSource settingsSource, Action<string> problem)
{
    private readonly Lock gate = new();
    private WorkspaceState state = WorkspaceState.Empty;
    private EditorSettings editorSettings = EditorSettings.None;
    private long generation;

    public event Action? Changed;

    public (WorkspaceState State, long Generation) Current
    {
        get
        {
            lock (gate)
            {
                return (state, generation);
            }
        }
    }

    public void Update(Func<WorkspaceState, WorkspaceState> change)
    {
        lock (gate)
        {
            var next = change(state);
            if (ReferenceEquals(next, state))
            {
                return;
            }

            state = next;
            generation++;
        }

        Changed?.Invoke();
    }

    /// <summary>Replaces the editor's settings, and so the settings the workspace is analysed with.</summary>
    public void Configure(EditorSettings editor) =>
        Update(s =>
        {
            editorSettings = editor;
            return Resettled(s);
        });

    /// <summary>Resolves the settings again, e.g. after a sqlconn.json changed.</summary>
    public void Reconfigure() => Update(Resettled);

    /// <summary>Replaces the workspace folders and the scripts read from them.</summary>
    public void SetFolders(ImmutableArray<string> folders, IEnumerable<(string Path, SourceText Text)> files) =>
        Update(s => Resettled(s.WithFolders(folders, files)));

    private WorkspaceState Resettled(WorkspaceState workspace) =>
        settingsSource.Resolve(editorSettings, workspace.Folders, problem) is var settings && settings == workspace.Configuration ? workspace : workspace with { Configuration = settings };
}

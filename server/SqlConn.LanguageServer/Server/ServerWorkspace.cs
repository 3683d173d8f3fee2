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
    private int foldersBeingRead;
    private TaskCompletionSource foldersRead = Done();

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

    /// <summary>
    /// Marks the workspace folders as being read until the returned handle is disposed (after
    /// <see cref="SetFolders"/>, or when reading failed). Answers about the whole workspace wait for
    /// <see cref="FoldersReadAsync"/>, so that none misses a file only because it was still being read.
    /// </summary>
    public IDisposable ReadingFolders()
    {
        lock (gate)
        {
            if (foldersBeingRead++ == 0)
            {
                foldersRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return new FolderRead(this);
    }

    /// <summary>Completes when no workspace folder is being read.</summary>
    public Task FoldersReadAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return foldersRead.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private void FolderReadEnded()
    {
        TaskCompletionSource? ended = null;
        lock (gate)
        {
            if (--foldersBeingRead == 0)
            {
                ended = foldersRead;
            }
        }

        ended?.TrySetResult();
    }

    private WorkspaceState Resettled(WorkspaceState workspace) =>
        settingsSource.Resolve(editorSettings, workspace.Folders, problem) is var settings && settings == workspace.Configuration ? workspace : workspace with { Configuration = settings };

    private sealed class FolderRead(ServerWorkspace workspace) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                workspace.FolderReadEnded();
            }
        }
    }
}

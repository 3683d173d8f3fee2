using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Configuration;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: reads again the workspace scripts that were created or
/// changed, forgets the deleted ones, and resolves the settings again when a sqlconn.json or a file
/// of the project's baseline changed (the baseline is read again).
/// </summary>
internal sealed class DidChangeWatchedFilesHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        var current = session.Workspace.Current.State;
        var folders = current.Folders;
        var files = new List<(string Path, SourceText? Text)>();
        foreach (var change in request.Changes)
        {
            if (DocumentUri.TryGetPath(change.Uri) is { } path && WorkspaceFiles.IsScript(path, folders))
            {
                files.Add((path, change.Type == FileChangeType.Deleted ? null : WorkspaceFiles.TryRead(path, problem => session.Client.Log(MessageType.Warning, problem))));
            }
        }

        session.Workspace.Update(s => files.Aggregate(s, (state, file) => state.WithDiskFile(file.Path, file.Text)));
        if (request.Changes.Select(change => DocumentUri.TryGetPath(change.Uri)).OfType<string>()
            .Any(path => Path.GetFileName(path) == SqlConnConfig.FileName || current.Configuration.Project.AffectsBaseline(path)))
        {
            session.Workspace.Reconfigure();
        }
    }
}

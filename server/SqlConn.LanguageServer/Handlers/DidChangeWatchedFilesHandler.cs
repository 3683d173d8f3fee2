using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Configuration;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: reads again the workspace scripts that were created or
/// changed, forgets the deleted ones, and resolves the settings again when a sqlconn.json changed.
/// </summary>
internal sealed class DidChangeWatchedFilesHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        var folders = session.Workspace.Current.State.Folders;
        var files = new List<(string Path, SourceText? Text)>();
        foreach (var change in request.Changes)
        {
            if (DocumentUri.TryGetPath(change.Uri) is { } path && WorkspaceFiles.IsScript(path, folders))
            {
                files.Add((path, change.Type == FileChangeType.Deleted ? null : WorkspaceFiles.TryRead(path, problem => session.Client.Log(MessageType.Warning, problem))));
            }
        }

        session.Workspace.Update(s => files.Aggregate(s, (state, file) => state.WithDiskFile(file.Path, file.Text)));
        if (request.Changes.Any(change => Path.GetFileName(DocumentUri.TryGetPath(change.Uri)) == SqlConnConfig.FileName))
        {
            session.Workspace.Reconfigure();
        }
    }
}

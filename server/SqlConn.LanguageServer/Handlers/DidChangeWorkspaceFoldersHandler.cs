using System.Collections.Immutable;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>workspace/didChangeWorkspaceFolders</c>: loads the scripts of the new set of folders.</summary>
internal sealed class DidChangeWorkspaceFoldersHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidChangeWorkspaceFolders, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams request)
    {
        var removed = WorkspaceLoader.Paths(request.Event.Removed.Select(f => f.Uri));
        var added = WorkspaceLoader.Paths(request.Event.Added.Select(f => f.Uri));
        var folders = session.Workspace.Current.State.Folders.Except(removed).Concat(added).Distinct(StringComparer.Ordinal).ToImmutableArray();
        WorkspaceLoader.Start(session, folders, "loading the workspace folders");
    }
}

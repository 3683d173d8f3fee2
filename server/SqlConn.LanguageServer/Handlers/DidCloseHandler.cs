namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/didClose</c>: the file on disk, if the workspace has it, takes the document's place.</summary>
internal sealed class DidCloseHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidClose, UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request) => session.Workspace.Update(s => s.Close(request.TextDocument.Uri));
}

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/didOpen</c>: the editor's text replaces the file's until the document is closed.</summary>
internal sealed class DidOpenHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidOpen, UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request) =>
        session.Workspace.Update(s => s.Open(request.TextDocument.Uri, request.TextDocument.Version, request.TextDocument.Text));
}

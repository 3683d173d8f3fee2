using SqlConn.Ide.Workspace;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/didChange</c>: applies the incremental (or full) changes in order.</summary>
internal sealed class DidChangeHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidChange, UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request) =>
        session.Workspace.Update(s => s.Change(
            request.TextDocument.Uri,
            request.TextDocument.Version,
            request.ContentChanges.Select(c => new DocumentChange(c.Range is { } range ? LspPositions.ToLinePositionSpan(range) : null, c.Text))));
}

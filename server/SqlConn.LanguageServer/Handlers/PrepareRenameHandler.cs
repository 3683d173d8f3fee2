using SqlConn.Ide.Features.Rename;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/prepareRename</c>: the name a rename at the position would rename, as the
/// placeholder; null where there is none, and a RequestFailed error with the reason for an object
/// that cannot be renamed (the client shows it instead of asking for a new name).
/// </summary>
internal sealed class PrepareRenameHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.PrepareRename, UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRename(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnWorkspaceAsync(request.TextDocument.Uri, (snapshot, document) =>
            RenameSymbol.Prepare(snapshot.Analysis, document.Uri, LspPositions.ToOffset(document.Text, request.Position), snapshot.Names.References) switch
            {
                null => null,
                { Refusal: { } refusal } => throw RenameHandler.Refused(refusal),
                var target => new PrepareRenameResult(LspPositions.ToLsp(document.Text, target.Span), target.Name),
            },
            cancellationToken);
}

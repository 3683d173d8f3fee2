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
    public async Task<PrepareRenameResult?> PrepareRename(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        var snapshot = await session.Analyses.CurrentAsync(cancellationToken);
        var document = snapshot.RequireDocument(request.TextDocument.Uri);
        if (RenameSymbol.Prepare(snapshot.Analysis, document.Uri, LspPositions.ToOffset(document.Text, request.Position)) is not { } target)
        {
            return null;
        }

        return target.Refusal is { } refusal
            ? throw RenameHandler.Refused(refusal)
            : new PrepareRenameResult(LspPositions.ToLsp(document.Text, target.Span), target.Name);
    }
}

using SqlConn.Ide.Features.Navigation;
using SqlConn.LanguageServer.Mapping;
using Protocol = SqlConn.LanguageServer.Protocol;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/documentHighlight</c>: the names of the object at the position in the document; using it reads, creating or renaming it writes.</summary>
internal sealed class DocumentHighlightHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DocumentHighlight, UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.DocumentHighlight[]> DocumentHighlight(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnAnalyzedAsync(request.TextDocument.Uri, document =>
            DocumentHighlights.Find(document, LspPositions.ToOffset(document.Text, request.Position))
                .Select(h => new Protocol.DocumentHighlight(LspPositions.ToLsp(document.Text, h.Span), Kind(h.Kind)))
                .ToArray(),
            cancellationToken);

    private static int Kind(HighlightKind kind) => kind switch
    {
        HighlightKind.Read => DocumentHighlightKind.Read,
        HighlightKind.Write => DocumentHighlightKind.Write,
        _ => DocumentHighlightKind.Text,
    };
}

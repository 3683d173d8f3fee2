using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Features.DocumentSymbols;
using SqlConn.LanguageServer.Mapping;
using Protocol = SqlConn.LanguageServer.Protocol;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/documentSymbol</c>: the objects the document creates, each with its options as children (hierarchical symbols).</summary>
internal sealed class DocumentSymbolHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.DocumentSymbol[]> DocumentSymbol(DocumentSymbolParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document => DocumentOutline.Of(document).Select(s => ToLsp(document.Text, s)).ToArray(), cancellationToken);

    private static Protocol.DocumentSymbol ToLsp(SourceText text, Ide.Features.DocumentSymbols.DocumentSymbol symbol) =>
        new(symbol.Name,
            symbol.Detail.Length == 0 ? null : symbol.Detail,
            LspSymbols.Kind(symbol.Kind, symbol.ObjectKind),
            LspPositions.ToLsp(text, symbol.Span),
            LspPositions.ToLsp(text, symbol.SelectionSpan),
            [.. symbol.Children.Select(c => ToLsp(text, c))]);
}

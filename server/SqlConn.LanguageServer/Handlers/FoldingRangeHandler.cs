using SqlConn.Ide.Features.FoldingRanges;
using Protocol = SqlConn.LanguageServer.Protocol;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/foldingRange</c>: multi-line statements, parenthesised lists and comment blocks, as whole lines.</summary>
internal sealed class FoldingRangeHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.FoldingRange[]> FoldingRange(FoldingRangeParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
        {
            var lines = document.Text.Lines;
            return Folding.Compute(document).Select(r => new Protocol.FoldingRange(
                lines.GetLineFromPosition(r.Span.Start).LineNumber,
                lines.GetLineFromPosition(r.Span.End).LineNumber,
                r.Kind == Ide.Features.FoldingRanges.FoldingRangeKind.Comment ? Protocol.FoldingRangeKind.Comment : Protocol.FoldingRangeKind.Region)).ToArray();
        }, cancellationToken);
}

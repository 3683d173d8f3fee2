using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Features.SelectionRanges;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/selectionRange</c>: for each position, the chain of ranges that hold it, innermost
/// first, each range's parent the next larger one. A position with no range (an empty document) gets
/// the empty range at it.
/// </summary>
internal sealed class SelectionRangeHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.SelectionRange, UseSingleObjectParameterDeserialization = true)]
    public Task<SelectionRange[]> SelectionRange(SelectionRangeParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
        {
            var offsets = request.Positions.Select(p => LspPositions.ToOffset(document.Text, p)).ToImmutableArray();
            return ExpandSelection.Compute(document, offsets).Zip(offsets, (chain, offset) =>
                chain.Reverse().Aggregate((SelectionRange?)null, (parent, span) => new SelectionRange(LspPositions.ToLsp(document.Text, span), parent))
                ?? new SelectionRange(LspPositions.ToLsp(document.Text, new TextSpan(offset, 0)))).ToArray();
        }, cancellationToken);
}

using SqlConn.Ide.Features.Formatting;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/rangeFormatting</c>: <see cref="DocumentFormatting"/>'s edits of the statements and gaps the range touches.</summary>
internal sealed class RangeFormattingHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.RangeFormatting, UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]> Format(DocumentRangeFormattingParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
            LspEdits.ToLsp(document.Text, DocumentFormatting.FormatRange(document, LspPositions.ToSpan(document.Text, request.Range), LspFormatting.Options(request.Options))).ToArray(),
            cancellationToken);
}

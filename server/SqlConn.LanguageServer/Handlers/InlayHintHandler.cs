using InlayHintService = SqlConn.Ide.Features.InlayHints.InlayHintService;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/inlayHint</c>: the effective defaults and the privilege hints of the requested
/// range (<see cref="InlayHintService"/>), as parameter hints: both tell what a statement's options and
/// names amount to. Their labels carry their own spacing.
/// </summary>
internal sealed class InlayHintHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.InlayHint, UseSingleObjectParameterDeserialization = true)]
    public Task<InlayHint[]> InlayHint(InlayHintParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnAnalyzedAsync(request.TextDocument.Uri, document =>
            InlayHintService.Compute(document, LspPositions.ToSpan(document.Text, request.Range))
                .Select(h => new InlayHint(LspPositions.ToLsp(document.Text, h.Position), h.Label, InlayHintKind.Parameter, h.Tooltip))
                .ToArray(),
            cancellationToken);
}

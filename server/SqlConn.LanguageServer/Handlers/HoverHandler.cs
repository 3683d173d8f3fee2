using SqlConn.Ide.Features.Hover;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: <see cref="HoverService"/>'s Markdown on the hovered name, option, URI part or statement, with its range; null elsewhere.</summary>
internal sealed class HoverHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> Hover(HoverParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
            HoverService.Hover(document, LspPositions.ToOffset(document.Text, request.Position)) is { } hover
                ? new Hover(MarkupContent.Markdown(hover.Markdown), LspPositions.ToLsp(document.Text, hover.Span))
                : null,
            cancellationToken);
}

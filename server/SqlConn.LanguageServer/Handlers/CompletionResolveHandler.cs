using SqlConn.LanguageServer.Mapping;
using CompletionService = SqlConn.Ide.Features.Completion.CompletionService;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>completionItem/resolve</c>: the item with its documentation (Markdown). The documentation of an
/// object's name is only computed here (<see cref="CompletionService.Resolve"/>): the item is found
/// again from its <c>data</c>, where it was offered. An item without data, or whose place has changed
/// so that it is no longer offered there, comes back as it is.
/// </summary>
internal sealed class CompletionResolveHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.CompletionResolve, UseSingleObjectParameterDeserialization = true)]
    public async Task<CompletionItem> Resolve(CompletionItem request, CancellationToken cancellationToken)
    {
        if (request is not { Documentation: null, Data: { } data })
        {
            return request;
        }

        return await session.Analyses.OnDocumentNowAsync(data.Uri, document =>
        {
            var offset = LspPositions.ToOffset(document.Text, data.Position);
            var offered = CompletionService.Complete(document, offset).FirstOrDefault(i => LspCompletions.Is(i, data));
            return offered is not null && CompletionService.Resolve(document, offset, offered).Documentation is { } documentation
                ? request with { Documentation = MarkupContent.Markdown(documentation) }
                : request;
        }, cancellationToken);
    }
}

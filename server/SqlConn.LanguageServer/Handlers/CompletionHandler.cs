using System.Collections.Immutable;
using SqlConn.Ide.Features.Completion;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/completion</c>: what <see cref="CompletionService"/> offers at the position, in the
/// document as it is now (frozen after the last edit, so typing does not wait for the statements after it).
/// </summary>
internal sealed class CompletionHandler(LanguageServerSession session)
{
    /// <summary>Where completion starts by itself: after a keyword, inside option lists, after <c>=</c>, in names and URIs.</summary>
    public static readonly ImmutableArray<string> TriggerCharacters = [" ", "(", ",", "=", ".", "'", "?", "&"];

    [JsonRpcMethod(Methods.Completion, UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> Completion(CompletionParams request, CancellationToken cancellationToken)
    {
        var snippets = session.Client.Capabilities.TextDocument?.Completion?.CompletionItem?.SnippetSupport == true;
        return session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
            new CompletionList(false, [.. CompletionService.Complete(document, LspPositions.ToOffset(document.Text, request.Position))
                .Select(item => LspCompletions.ToLsp(document, request.Position, item, snippets))]),
            cancellationToken);
    }
}

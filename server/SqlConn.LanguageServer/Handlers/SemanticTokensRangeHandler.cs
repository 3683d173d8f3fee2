using SqlConn.Ide.Features.SemanticTokens;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/semanticTokens/range</c>: the tokens of the statements the range touches (<see cref="SemanticHighlighter"/>), encoded.</summary>
internal sealed class SemanticTokensRangeHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.SemanticTokensRange, UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> Range(SemanticTokensRangeParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnAnalyzedAsync(request.TextDocument.Uri, document =>
            LspSemanticTokens.Encode(document.Text, SemanticHighlighter.Compute(document, LspPositions.ToSpan(document.Text, request.Range))),
            cancellationToken);
}

using SqlConn.Ide.Features.SemanticTokens;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/semanticTokens/full</c>: every token <see cref="SemanticHighlighter"/> highlights, encoded (<see cref="LspSemanticTokens"/>).</summary>
internal sealed class SemanticTokensFullHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> Full(SemanticTokensParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnAnalyzedAsync(request.TextDocument.Uri, document =>
            LspSemanticTokens.Encode(document.Text, SemanticHighlighter.Compute(document)),
            cancellationToken);
}

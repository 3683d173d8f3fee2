using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeLens</c>: a "Preview" lens on each statement, running the client's
/// <c>sqlconn.preview</c> command with the document URI and the statement index. Lenses need the
/// statements only, so they come from the document as it is now, without waiting for a long analysis.
/// </summary>
internal sealed class CodeLensHandler(LanguageServerSession session)
{
    public const string Title = "Preview";

    [JsonRpcMethod(Methods.CodeLens, UseSingleObjectParameterDeserialization = true)]
    public async Task<CodeLens[]> CodeLens(CodeLensParams request, CancellationToken cancellationToken)
    {
        if (await session.Analyses.DocumentNowAsync(request.TextDocument.Uri, cancellationToken) is not { } document)
        {
            return [];
        }

        return [.. document.Script.Statements.Select(statement => new CodeLens(
            LspPositions.ToLsp(document.Text, statement.Span),
            new Command(Title, Methods.PreviewCommand, [document.Uri, statement.Index])))];
    }
}

using SqlConn.Ide.Analysis;
using SqlConn.Ide.Preview;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>sqlconn/preview</c>: what the simulator answers to the document's statements up to the given one.</summary>
internal sealed class PreviewHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Preview, UseSingleObjectParameterDeserialization = true)]
    public Task<PreviewResult> Preview(PreviewParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnAnalyzedAsync(request.TextDocument.Uri, document =>
        {
            var last = request.Statement
                ?? (request.Position is { } position ? ScriptPreview.StatementIndexAt(document, LspPositions.ToOffset(document.Text, position)) : document.Statements.Length - 1);
            return new PreviewResult(document.Uri, document.Version, [.. ScriptPreview.UpTo(document, last).Select(p => ToLsp(document, p))]);
        }, cancellationToken);

    private static PreviewStatement ToLsp(DocumentAnalysis document, StatementPreview preview) =>
        new(preview.Index,
            LspPositions.ToLsp(document.Text, preview.Span),
            preview.Sql,
            preview.Line,
            preview.Status,
            preview.Tag,
            preview.Columns,
            preview.Rows,
            [.. preview.Notices.Select(n => new Protocol.PreviewNotice(n.Message, n.Detail, n.Hint, n.Level))],
            preview.Error is { } error ? new Protocol.PreviewError(error.Code, error.Message, error.Detail, error.Hint) : null);
}

using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/diagnostic</c>: the document's diagnostics in the analysis of its current version, or <c>unchanged</c>.</summary>
internal sealed class DocumentDiagnosticHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DocumentDiagnostic, UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DocumentDiagnostic(DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        var snapshot = await session.Analyses.CurrentAsync(cancellationToken);
        if (snapshot.Document(request.TextDocument.Uri) is not { } document)
        {
            return new DocumentDiagnosticReport("full", "none", []);
        }

        var policy = snapshot.State.Configuration.Policy;
        var resultId = session.ResultIds.Of(document, policy);
        return resultId == request.PreviousResultId
            ? new DocumentDiagnosticReport("unchanged", resultId, null)
            : new DocumentDiagnosticReport("full", resultId, LspDiagnostics.For(snapshot, document));
    }
}

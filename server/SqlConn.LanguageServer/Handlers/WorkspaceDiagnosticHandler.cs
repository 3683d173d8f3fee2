using SqlConn.Ide.Workspace;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/diagnostic</c>: the diagnostics of every workspace document, <c>unchanged</c> for those
/// the client already has. When nothing changed the request is held until the next analysis (the
/// long poll the protocol expects), so clients that ask again at once do not spin.
/// </summary>
internal sealed class WorkspaceDiagnosticHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.WorkspaceDiagnostic, UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        var known = (request.PreviousResultIds.IsDefault ? [] : request.PreviousResultIds)
            .GroupBy(p => DocumentUri.Key(p.Uri))
            .ToDictionary(g => g.Key, g => g.Last().Value);
        var snapshot = await session.Analyses.WholeWorkspaceAsync(cancellationToken);
        while (true)
        {
            var reports = snapshot.Analysis.Documents.Select(document =>
            {
                var policy = snapshot.State.Configuration.Policy;
                var resultId = session.ResultIds.Of(document, policy);
                var version = snapshot.State.OpenDocument(document.Uri)?.Version;
                return known.GetValueOrDefault(DocumentUri.Key(document.Uri)) == resultId
                    ? new WorkspaceDocumentDiagnosticReport("unchanged", resultId, null, document.Uri, version)
                    : new WorkspaceDocumentDiagnosticReport("full", resultId, LspDiagnostics.For(snapshot, document), document.Uri, version);
            }).ToList();
            if (reports.Any(r => r.Kind == "full") || known.Count != reports.Count)
            {
                return new WorkspaceDiagnosticReport([.. reports]);
            }

            snapshot = await session.Analyses.AtLeastAsync(snapshot.Generation + 1, cancellationToken);
        }
    }
}

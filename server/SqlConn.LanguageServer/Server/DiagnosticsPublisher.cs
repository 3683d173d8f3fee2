using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Lint;
using SqlConn.Ide.Workspace;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Pushes diagnostics (<c>textDocument/publishDiagnostics</c>) after each analysis, for the documents
/// whose analysis changed, and clears those of documents that left the workspace. A document that
/// was edited again since the analysis is skipped: its diagnostics would be for an outdated version,
/// and the next analysis publishes it. A new lint policy publishes every document again. Clients
/// that pull diagnostics get none pushed.
/// Called by the scheduler only, one analysis after the other.
/// </summary>
internal sealed class DiagnosticsPublisher(ClientConnection client, ServerWorkspace workspace)
{
    private ImmutableDictionary<string, DocumentAnalysis> published = ImmutableDictionary<string, DocumentAnalysis>.Empty;
    private LintPolicy policy = LintPolicy.Default;

    public async Task PublishAsync(AnalysisSnapshot snapshot)
    {
        if (client.Capabilities.TextDocument?.Diagnostic is not null)
        {
            return;
        }

        var now = workspace.Current.State;
        if (snapshot.State.Configuration.Policy != policy)
        {
            (policy, published) = (snapshot.State.Configuration.Policy, published.Clear());
        }

        var analysed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in snapshot.Analysis.Documents)
        {
            var key = DocumentUri.Key(document.Uri);
            analysed.Add(key);
            var open = snapshot.State.OpenDocument(document.Uri);
            if ((published.TryGetValue(key, out var last) && ReferenceEquals(last, document)) || now.OpenDocument(document.Uri)?.Version != open?.Version)
            {
                continue;
            }

            await client.NotifyAsync(Methods.PublishDiagnostics, new PublishDiagnosticsParams(document.Uri, open?.Version, LspDiagnostics.For(document, policy)));
            published = published.SetItem(key, document);
        }

        foreach (var (key, gone) in published.Where(p => !analysed.Contains(p.Key)))
        {
            await client.NotifyAsync(Methods.PublishDiagnostics, new PublishDiagnosticsParams(gone.Uri, null, []));
            published = published.Remove(key);
        }
    }
}

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
/// and the next analysis publishes it. A new lint policy publishes every document again.
/// Clients that pull diagnostics get none pushed: they pull a document again when they edit it, so
/// when an analysis changed a document for another reason (an edit in another file, the settings,
/// a file on disk) they are asked to pull again (<c>workspace/diagnostic/refresh</c>).
/// Called by the scheduler only, one analysis after the other.
/// </summary>
internal sealed class DiagnosticsPublisher(ClientConnection client, ServerWorkspace workspace)
{
    private ImmutableDictionary<string, DocumentAnalysis> published = ImmutableDictionary<string, DocumentAnalysis>.Empty;
    private LintPolicy policy = LintPolicy.Default;
    private AnalysisSnapshot? previous;

    public async Task PublishAsync(AnalysisSnapshot snapshot)
    {
        if (client.Capabilities.TextDocument?.Diagnostic is not null)
        {
            var before = previous;
            previous = snapshot;
            if (before is not null && client.Capabilities.Workspace?.Diagnostics?.RefreshSupport == true && ChangedUnedited(before, snapshot))
            {
                await client.RequestAsync<object>(Methods.WorkspaceDiagnosticRefresh, null, CancellationToken.None);
            }

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

            await client.NotifyAsync(Methods.PublishDiagnostics, new PublishDiagnosticsParams(document.Uri, open?.Version, LspDiagnostics.For(snapshot, document)));
            published = published.SetItem(key, document);
        }

        foreach (var (key, gone) in published.Where(p => !analysed.Contains(p.Key)))
        {
            await client.NotifyAsync(Methods.PublishDiagnostics, new PublishDiagnosticsParams(gone.Uri, null, []));
            published = published.Remove(key);
        }
    }

    /// <summary>
    /// Whether a document's diagnostics changed between two analyses without the client editing it:
    /// the lint policy changed, a document came or went, or its analysis changed at the same version.
    /// </summary>
    private static bool ChangedUnedited(AnalysisSnapshot before, AnalysisSnapshot after)
    {
        if (before.State.Configuration.Policy != after.State.Configuration.Policy || before.Analysis.Documents.Length != after.Analysis.Documents.Length)
        {
            return true;
        }

        var last = before.Analysis.Documents.ToDictionary(d => DocumentUri.Key(d.Uri), StringComparer.Ordinal);
        return after.Analysis.Documents.Any(document =>
            !last.TryGetValue(DocumentUri.Key(document.Uri), out var was)
            || (!ReferenceEquals(was, document) && before.State.OpenDocument(document.Uri)?.Version == after.State.OpenDocument(document.Uri)?.Version));
    }
}

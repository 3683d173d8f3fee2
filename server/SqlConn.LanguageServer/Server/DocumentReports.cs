using System.Collections.Concurrent;
using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// The reports of the documents of one analysis (<see cref="DocumentReport"/>: what is published or
/// pulled), each computed when first asked from the latest report of the same document in an earlier
/// analysis, so that an edit costs what it changed. Only those latest reports are kept, not the analyses
/// or reports before them. Thread-safe.
/// </summary>
internal sealed class DocumentReports
{
    private readonly ImmutableDictionary<string, DocumentReport> earlier;
    private readonly ObjectOrigins origins;
    private readonly LintPolicy policy;
    private readonly ConcurrentDictionary<string, Lazy<DocumentReport>> computed = new(StringComparer.Ordinal);

    private DocumentReports(ImmutableDictionary<string, DocumentReport> earlier, ObjectOrigins origins, LintPolicy policy) =>
        (this.earlier, this.origins, this.policy) = (earlier, origins, policy);

    /// <summary>
    /// The reports of a new analysis, whose objects <paramref name="origins"/> indexes, under <paramref name="policy"/>;
    /// computed from <paramref name="previous"/>'s (the previous analysis's) and the ones it had from before.
    /// </summary>
    public static DocumentReports After(DocumentReports? previous, ObjectOrigins origins, LintPolicy policy) =>
        new(previous is null ? ImmutableDictionary.Create<string, DocumentReport>(StringComparer.Ordinal)
            : previous.earlier.SetItems(previous.computed.Where(p => p.Value.IsValueCreated).Select(p => KeyValuePair.Create(p.Key, p.Value.Value))),
            origins,
            policy);

    /// <summary>The report of <paramref name="document"/>, a document of the analysis.</summary>
    public DocumentReport For(DocumentAnalysis document) =>
        computed.GetOrAdd(DocumentUri.Key(document.Uri), key => new Lazy<DocumentReport>(() => DocumentReport.Of(document, policy, origins, earlier.GetValueOrDefault(key)))).Value;
}

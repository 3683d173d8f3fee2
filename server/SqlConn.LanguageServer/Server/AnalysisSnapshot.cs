using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Server;

/// <summary>A completed analysis, of the workspace <see cref="State"/> at <see cref="Generation"/>.</summary>
internal sealed record AnalysisSnapshot(WorkspaceAnalysis Analysis, WorkspaceState State, long Generation)
{
    /// <summary>
    /// Where the analysis's objects were created (related information of diagnostics), indexed on
    /// first use; the scheduler builds it from the previous snapshot's (<see cref="ObjectOrigins.Of"/>).
    /// </summary>
    public required ObjectOrigins Origins { get; init; }

    /// <summary>The documents' reported diagnostics, computed on first use from the previous snapshot's (<see cref="DocumentReports.After"/>).</summary>
    public required DocumentReports Reports { get; init; }

    /// <summary>The analysis's resolved names, shared by navigation requests, built on first use from the previous snapshot's.</summary>
    public required ReferenceIndex Names { get; init; }

    public DocumentAnalysis? Document(string uri) =>
        DocumentUri.Key(uri) is var key ? Analysis.Documents.FirstOrDefault(d => DocumentUri.Key(d.Uri) == key) : null;

    /// <summary>The text of a document of the analysis, for answers that point into other documents (their URIs come from the analysis).</summary>
    public SourceText Text(string uri) => Document(uri)?.Text ?? throw new InvalidOperationException($"{uri} is not a document of the analysis");
}

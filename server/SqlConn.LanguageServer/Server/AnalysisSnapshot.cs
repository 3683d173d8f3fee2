using SqlConn.Ide.Analysis;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Server;

/// <summary>A completed analysis, of the workspace <see cref="State"/> at <see cref="Generation"/>.</summary>
internal sealed record AnalysisSnapshot(WorkspaceAnalysis Analysis, WorkspaceState State, long Generation)
{
    public DocumentAnalysis? Document(string uri) =>
        DocumentUri.Key(uri) is var key ? Analysis.Documents.FirstOrDefault(d => DocumentUri.Key(d.Uri) == key) : null;

    /// <summary>The document a request is about; a document the workspace does not have is the client's error (InvalidParams).</summary>
    public DocumentAnalysis RequireDocument(string uri) =>
        Document(uri) ?? throw new LocalRpcException($"unknown document {uri}") { ErrorCode = ErrorCodes.InvalidParams };
}

using SqlConn.Ide.Analysis;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Runs a request about one document: finds the document (a document the workspace does not have is
/// an InvalidParams error), then computes the answer on the thread pool, so that the messages after
/// the request are not held up while it is computed.
/// </summary>
internal static class DocumentRequests
{
    /// <summary>On the full analysis of the workspace as it is now: for what needs every statement executed (fixes of diagnostics, hints, tokens).</summary>
    public static Task<T> OnAnalyzedAsync<T>(this AnalysisScheduler analyses, string uri, Func<DocumentAnalysis, T> answer, CancellationToken cancellationToken) =>
        RunAsync(uri, async () => (await analyses.CurrentAsync(cancellationToken)).Document(uri), answer, cancellationToken);

    /// <summary>On the document as it is now, frozen after the last edit (<see cref="AnalysisScheduler.DocumentNowAsync"/>): for what is about a position or the syntax.</summary>
    public static Task<T> OnDocumentNowAsync<T>(this AnalysisScheduler analyses, string uri, Func<DocumentAnalysis, T> answer, CancellationToken cancellationToken) =>
        RunAsync(uri, () => analyses.DocumentNowAsync(uri, cancellationToken), answer, cancellationToken);

    /// <summary>On the full analysis of the workspace as it is now, with the document: for what looks across documents (definition, references, rename).</summary>
    public static async Task<T> OnWorkspaceAsync<T>(this AnalysisScheduler analyses, string uri, Func<AnalysisSnapshot, DocumentAnalysis, T> answer, CancellationToken cancellationToken)
    {
        var snapshot = await analyses.WholeWorkspaceAsync(cancellationToken);
        return await RunAsync(uri, () => Task.FromResult(snapshot.Document(uri)), document => answer(snapshot, document), cancellationToken);
    }

    private static async Task<T> RunAsync<T>(string uri, Func<Task<DocumentAnalysis?>> find, Func<DocumentAnalysis, T> answer, CancellationToken cancellationToken)
    {
        var document = await find()
            ?? throw new LocalRpcException($"unknown document {uri}") { ErrorCode = ErrorCodes.InvalidParams };
        return await Task.Run(() => answer(document), cancellationToken);
    }
}

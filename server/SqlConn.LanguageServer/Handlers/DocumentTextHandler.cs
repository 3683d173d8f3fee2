namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>sqlconn/documentText</c>, a test hook: the server's text and version of an open document, so a
/// test can check that incremental edits were applied exactly. Returns the text the client sent;
/// nothing it did not already have.
/// </summary>
internal sealed class DocumentTextHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DocumentText, UseSingleObjectParameterDeserialization = true)]
    public DocumentTextResult DocumentText(TextDocumentIdentifier request) =>
        session.Workspace.Current.State.OpenDocument(request.Uri) is { } document
            ? new DocumentTextResult(document.Uri, document.Version, document.Text.ToString())
            : throw new LocalRpcException($"document {request.Uri} is not open") { ErrorCode = ErrorCodes.InvalidParams };
}

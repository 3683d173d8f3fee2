using System.Collections.Immutable;
using SqlConn.Ide.Features.Rename;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/rename</c>: the edits of every workspace document that names the object; a refused
/// rename (invalid or colliding name, an object the workspace does not create) answers a RequestFailed
/// error with the reason, which the client shows.
/// </summary>
internal sealed class RenameHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Rename, UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit> Rename(RenameParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnWorkspaceAsync(request.TextDocument.Uri, (snapshot, document) =>
        {
            var result = RenameSymbol.Execute(snapshot.Analysis, document.Uri, LspPositions.ToOffset(document.Text, request.Position), request.NewName, snapshot.Names.References);
            return result.Error is { } error
                ? throw Refused(error)
                : new WorkspaceEdit(result.Edits.ToImmutableDictionary(edit => edit.Uri, edit => LspEdits.ToLsp(snapshot.Text(edit.Uri), edit.Changes)));
        }, cancellationToken);

    /// <summary>The error of a refused rename: the Ide's reason, as RequestFailed.</summary>
    public static LocalRpcException Refused(string reason) => new(reason) { ErrorCode = ErrorCodes.RequestFailed };
}

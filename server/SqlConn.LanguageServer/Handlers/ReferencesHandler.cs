using SqlConn.Ide.Features.Navigation;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/references</c>: every name of the object at the position across the workspace; the creating names only when <c>includeDeclaration</c>.</summary>
internal sealed class ReferencesHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.References, UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> References(ReferenceParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnWorkspaceAsync(request.TextDocument.Uri, (snapshot, document) =>
            FindReferences.Find(snapshot.Analysis, document.Uri, LspPositions.ToOffset(document.Text, request.Position), request.Context.IncludeDeclaration, snapshot.Names.References)
                .Select(r => LspPositions.ToLocation(snapshot, r.Uri, r.Span))
                .ToArray(),
            cancellationToken);
}

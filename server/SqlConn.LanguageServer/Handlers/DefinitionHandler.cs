using SqlConn.Ide.Features.Navigation;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/definition</c>: the statement that created the object named at the position, in
/// whichever workspace document it is; <see cref="LocationLink"/>s for clients with <c>linkSupport</c>
/// (the creating statement and its name), else <see cref="Location"/>s of the name.
/// </summary>
internal sealed class DefinitionHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Definition, UseSingleObjectParameterDeserialization = true)]
    public Task<object[]> Definition(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        var links = session.Client.Capabilities.TextDocument?.Definition?.LinkSupport is true;
        return session.Analyses.OnWorkspaceAsync(request.TextDocument.Uri, (snapshot, document) =>
        {
            var targets = GoToDefinition.Find(snapshot.Analysis, document.Uri, LspPositions.ToOffset(document.Text, request.Position), snapshot.Names.References);
            return links
                ? targets.Select(object (t) => new LocationLink(
                    LspPositions.ToLsp(document.Text, t.OriginSpan),
                    t.Uri,
                    LspPositions.ToLocation(snapshot, t.Uri, t.StatementSpan).Range,
                    LspPositions.ToLocation(snapshot, t.Uri, t.NameSpan).Range)).ToArray()
                : targets.Select(object (t) => LspPositions.ToLocation(snapshot, t.Uri, t.NameSpan)).ToArray();
        }, cancellationToken);
    }
}

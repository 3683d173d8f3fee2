using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.Navigation;

/// <summary>
/// Go to definition: from any name of a secret, connection, source, sink, role or cluster to the
/// statement of the workspace that created the object, in whichever document it is. Objects that
/// existed before the workspace (the role <c>materialize</c>, the cluster <c>quickstart</c>) have none.
/// </summary>
public static class GoToDefinition
{
    /// <param name="known">The workspace's resolved names when the caller keeps them (the language server builds them once per analysis, <see cref="ReferenceIndex"/>); computed here otherwise.</param>
    public static ImmutableArray<DefinitionTarget> Find(WorkspaceAnalysis workspace, string uri, int position, WorkspaceReferences? known = null)
    {
        var references = known ?? WorkspaceReferences.Of(workspace);
        if (references.At(uri, position) is not { } origin)
        {
            return [];
        }

        return [.. references.Of(origin.Symbol)
            .Where(r => r.Reference.IsDeclaration)
            .Select(r => new DefinitionTarget(
                origin.Span, r.Document.Uri, r.Reference.Span, r.Document.Script.Statements[r.Reference.StatementIndex].Span))];
    }
}

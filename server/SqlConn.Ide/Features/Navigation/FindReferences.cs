using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.Navigation;

/// <summary>
/// Find references: every name of the object under the cursor across the workspace, in workspace and
/// text order, under any of its names (a renamed object is found before and after the rename).
/// </summary>
public static class FindReferences
{
    /// <param name="known">The workspace's resolved names when the caller keeps them (the language server builds them once per analysis, <see cref="ReferenceIndex"/>); computed here otherwise.</param>
    public static ImmutableArray<ReferenceLocation> Find(WorkspaceAnalysis workspace, string uri, int position, bool includeDeclaration, WorkspaceReferences? known = null)
    {
        var references = known ?? WorkspaceReferences.Of(workspace);
        if (references.At(uri, position) is not { } origin)
        {
            return [];
        }

        return [.. references.Of(origin.Symbol)
            .Where(r => includeDeclaration || !r.Reference.IsDeclaration)
            .Select(r => new ReferenceLocation(r.Document.Uri, r.Reference.Span, r.Reference.Role))];
    }
}

using System.Collections.Immutable;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>
/// Workspace symbols: the objects every document creates (the top level of each document's outline)
/// whose name holds the query's characters in order, case-insensitively (<c>pgpw</c> finds
/// <c>pg_password</c>); an empty query finds them all. In workspace and text order.
/// </summary>
public static class WorkspaceSymbols
{
    public static ImmutableArray<WorkspaceSymbol> Search(WorkspaceAnalysis workspace, string query) =>
        [.. workspace.Documents.SelectMany(d => DocumentOutline.Of(d)
            .Where(s => Matches(s.Name, query))
            .Select(s => new WorkspaceSymbol(s.Name, s.Kind, s.ObjectKind, s.Detail, d.Uri, s.SelectionSpan)))];

    private static bool Matches(string name, string query)
    {
        var next = 0;
        foreach (var c in name)
        {
            if (next < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[next]))
            {
                next++;
            }
        }

        return next == query.Length;
    }
}

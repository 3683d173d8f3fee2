using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.Navigation;

/// <summary>Document highlight: the names of the object under the cursor in its document; creating and renaming it write.</summary>
public static class DocumentHighlights
{
    public static ImmutableArray<DocumentHighlight> Find(DocumentAnalysis document, int position)
    {
        var references = DocumentReferences.Of(document);
        if (references.At(position) is not { } origin)
        {
            return [];
        }

        return [.. references.References
            .Where(r => r.Symbol == origin.Symbol)
            .Select(r => new DocumentHighlight(r.Span, r.Role == OccurrenceRole.Reference ? HighlightKind.Read : HighlightKind.Write))];
    }
}

using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Context-aware completion at a position of a document, from the dialect tables and the objects in
/// scope. It reads the tokens before the cursor (not the tree), so it works in the unfinished statement
/// the cursor usually is in. Nothing is offered inside comments; inside strings, only a CockroachDB URI's
/// parts and an option's allowed values.
/// </summary>
public static class CompletionService
{
    public static ImmutableArray<CompletionItem> Complete(DocumentAnalysis document, int position)
    {
        var context = CursorContext.Of(document, position);
        if (context.InComment)
        {
            return [];
        }

        IEnumerable<CompletionItem> items = context.StringAtCursor is null
            ?
            [
                .. StatementCompletions.Complete(context),
                .. CreateConnectionCompletions.Complete(context),
                .. AlterCompletions.Complete(context),
                .. ObjectNameCompletions.Complete(context),
            ]
            : [.. UriCompletions.Complete(context), .. CreateConnectionCompletions.Complete(context), .. AlterCompletions.Complete(context)];
        return [.. items.DistinctBy(i => (i.Label, i.Kind)).OrderBy(i => i.SortText, StringComparer.Ordinal).ThenBy(i => i.Label, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The item with its documentation: for the name of an object, the object as it is where the
    /// completion was asked (<paramref name="position"/>), as hover describes it.
    /// </summary>
    public static CompletionItem Resolve(DocumentAnalysis document, int position, CompletionItem item) =>
        item is { Object: { } symbol, Documentation: null }
            ? item with { Documentation = ObjectDescription.Markdown(CursorContext.Of(document, position).State, symbol) }
            : item;
}

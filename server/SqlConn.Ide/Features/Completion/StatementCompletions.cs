using SqlConn.Ide.Statements;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// The statement forms of the script's dialect: whole at the start of a statement, their next words
/// after the first ones (<c>DROP</c> → <c>CONNECTION</c>, <c>SECRET</c>...).
/// </summary>
internal static class StatementCompletions
{
    public static IEnumerable<CompletionItem> Complete(CursorContext context)
    {
        var typed = context.Before;
        if (typed.Any(t => t.Keyword is null))
        {
            return [];
        }

        return StatementForms.All
            .Where(f => f.BelongsTo(context.Dialect) && f.Words.Length > typed.Length && typed.Select((t, i) => t.Keyword == f.Words[i]).All(x => x))
            .Select(f =>
            {
                var rest = string.Join(' ', f.Words.Skip(typed.Length));
                return new CompletionItem(rest, CompletionItemKind.Keyword, typed.IsEmpty ? "statement" : f.Keywords, f.Summary,
                    rest + f.Tail, IsSnippet: true, context.WordSpan, $"0{f.Keywords}");
            });
    }
}

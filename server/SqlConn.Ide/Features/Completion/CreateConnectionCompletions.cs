using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Options;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Completion in <c>CREATE CONNECTION name TO|FOR type (options) WITH (VALIDATE ...)</c>: the connection
/// types after TO or FOR, the type's options and their values inside the list
/// (<see cref="OptionListCompletions"/>), and the WITH clause after it.
/// </summary>
internal static class CreateConnectionCompletions
{
    public static IEnumerable<CompletionItem> Complete(CursorContext context)
    {
        var before = context.Before;
        var to = OptionLists.TypeKeyword(before);
        if (before.Length < 3 || !before[0].Is("CREATE") || !before[1].Is("CONNECTION") || to < 0)
        {
            return [];
        }

        var typed = before[(to + 1)..].Select(t => t.Keyword).ToList();
        if (typed.All(w => w is not null) && ConnectionTypes.All.Any(s => OptionLists.Words(s) is var words
            && typed.Count < words.Length && typed.Select((w, i) => words[i] == w).All(x => x)))
        {
            return Types(before[to].Is("FOR"), context.ReplacementFrom(to + 1));
        }

        if (OptionLists.Of(context.Tokens, context.State).FirstOrDefault() is not { } list || before.Length < list.Start)
        {
            return [];
        }

        return list.Holds(before.Length)
            ? OptionListCompletions.Complete(context, list, single: false)
            : WithClause(context, list.Spec, before[(list.End + (list.Parenthesized ? 1 : 0))..]);
    }

    /// <summary>The connection types (the script's CREATE CONNECTION needs a list after them: it is inserted too).</summary>
    private static IEnumerable<CompletionItem> Types(bool legacy, TextSpan replace) =>
        ConnectionTypes.All.Select(s => new CompletionItem(s.DisplayName, CompletionItemKind.ConnectionType,
            s.ValidatedByDefault ? "connection type · validated when created" : "connection type",
            Documentation(s), s.DisplayName + (legacy ? " $0" : " ($0)"), IsSnippet: true, replace, s.DisplayName));

    /// <summary>After the option list: the <c>WITH (VALIDATE ...)</c> clause, then its option.</summary>
    private static IEnumerable<CompletionItem> WithClause(CursorContext context, ConnectionTypeSpec spec, ImmutableArray<Token> after)
    {
        var documentation = $"Whether Materialize checks that it can reach and authenticate with the system when it creates the connection. "
            + $"Default for {spec.DisplayName}: {(spec.ValidatedByDefault ? "true" : "false")}.";
        const string validate = "VALIDATE = ${1|true,false|}";
        if (after.IsEmpty)
        {
            return [new CompletionItem("WITH (VALIDATE)", CompletionItemKind.Keyword, "validation", documentation, $"WITH ({validate})", IsSnippet: true, context.WordSpan, "0")];
        }

        var slot = after.Length >= 2 && after[0].Is("WITH") && after[1].IsSymbol('(') && (after[^1].IsSymbol('(') || after[^1].IsSymbol(','));
        return slot ? [new CompletionItem("VALIDATE", CompletionItemKind.Keyword, "validation", documentation, validate, IsSnippet: true, context.WordSpan, "0")] : [];
    }

    private static string Documentation(ConnectionTypeSpec spec) =>
        $"**{spec.DisplayName}** · {spec.Summary}\n\nOptions: {string.Join(", ", spec.Options.Where(o => !o.Generated).Select(o => o.Name))}";
}

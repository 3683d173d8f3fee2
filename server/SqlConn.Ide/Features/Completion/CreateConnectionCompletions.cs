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
    public static IEnumerable<CompletionItem> Complete(CompletionContext context)
    {
        var tokens = context.Tokens;
        var before = context.Before;
        if (before.Length < 3 || !before[0].Is("CREATE") || !before[1].Is("CONNECTION"))
        {
            return [];
        }

        var to = before.IndexOf(before.Skip(2).FirstOrDefault(t => t.Is("TO") || t.Is("FOR")));
        if (to < 0)
        {
            return [];
        }

        var typed = before[(to + 1)..];
        if (typed.All(t => t.Keyword is not null) && ConnectionTypes.All.Any(s => StartsWith(s, typed.Select(t => t.Keyword), strict: true)))
        {
            return Types(context, legacy: before[to].Is("FOR"), context.ReplacementFrom(to + 1));
        }

        if (ConnectionTypes.All.Where(s => StartsWith(s, typed.Select(t => t.Keyword), strict: false)).MaxBy(s => Words(s).Length) is not { } spec)
        {
            return [];
        }

        var legacy = before[to].Is("FOR");
        var start = to + 1 + Words(spec).Length + (legacy ? 0 : 1);
        if (!legacy && (start > tokens.Length || !tokens[start - 1].IsSymbol('(')))
        {
            return [];
        }

        OptionListScanner.Scan(tokens, start, parenthesized: !legacy, out var end);
        if (before.Length <= end)
        {
            return OptionListCompletions.Complete(context, spec, start, parenthesized: !legacy);
        }

        return WithClause(context, spec, before[(end + (legacy ? 0 : 1))..]);
    }

    /// <summary>The connection types (the script's CREATE CONNECTION needs a list after them: it is inserted too).</summary>
    private static IEnumerable<CompletionItem> Types(CompletionContext context, bool legacy, TextSpan replace) =>
        ConnectionTypes.All.Select(s => new CompletionItem(s.DisplayName, CompletionItemKind.ConnectionType,
            s.ValidatedByDefault ? "connection type · validated when created" : "connection type",
            Documentation(s), s.DisplayName + (legacy ? " $0" : " ($0)"), IsSnippet: true, replace, s.DisplayName));

    /// <summary>After the option list: the <c>WITH (VALIDATE ...)</c> clause, then its option.</summary>
    private static IEnumerable<CompletionItem> WithClause(CompletionContext context, ConnectionTypeSpec spec, ImmutableArray<Token> after)
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

    private static string[] Words(ConnectionTypeSpec spec) => spec.DisplayName.Split(' ');

    private static bool StartsWith(ConnectionTypeSpec spec, IEnumerable<string?> words, bool strict)
    {
        var typed = words.ToList();
        var type = Words(spec);
        return (strict ? typed.Count < type.Length : typed.Count >= type.Length)
            && type.Take(typed.Count).Select((w, i) => typed[i] == w).All(x => x);
    }
}

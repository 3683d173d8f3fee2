using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Options;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Completion after <c>ALTER CONNECTION name</c> and <c>ALTER SECRET name</c>: the actions valid for the
/// object (ROTATE KEYS only for an SSH tunnel, and only alone), the options of the connection's type
/// inside <c>SET (...)</c>, and the options it has set inside <c>DROP (...)</c> and <c>RESET (...)</c>.
/// </summary>
internal static class AlterCompletions
{
    private sealed record Action(string Label, string Snippet, string Documentation, bool FirstOnly, bool SshOnly = false);

    private static readonly ImmutableArray<Action> ConnectionActions =
    [
        new("ROTATE KEYS", "ROTATE KEYS", "Replaces the first key pair of the SSH tunnel by the second and generates a new second one. Install the new public key on the bastion before the next rotation.", FirstOnly: true, SshOnly: true),
        new("SET", "SET ($1)", "Sets one option (one per SET); the resulting definition is checked again as a whole.", FirstOnly: false),
        new("DROP", "DROP ($1)", "Removes one option (RESET is a synonym).", FirstOnly: false),
        new("RESET", "RESET ($1)", "Removes one option (a synonym of DROP).", FirstOnly: false),
        new("RENAME TO", "RENAME TO ${1:name}", "Renames the connection.", FirstOnly: true),
        new("OWNER TO", "OWNER TO ", "Makes another role the connection's owner.", FirstOnly: true),
    ];

    private static readonly ImmutableArray<Action> SecretActions =
    [
        new("AS", "AS '$1'", "Sets a new value. Running sources and sinks keep the value they loaded until the replicas of their cluster are recreated.", FirstOnly: true),
        new("RENAME TO", "RENAME TO ${1:name}", "Renames the secret.", FirstOnly: true),
        new("OWNER TO", "OWNER TO ", "Makes another role the secret's owner.", FirstOnly: true),
    ];

    public static IEnumerable<CompletionItem> Complete(CursorContext context)
    {
        var before = context.Before;
        if (before.Length < 3 || !(before[1].Is("CONNECTION") || before[1].Is("SECRET"))
            || AlterTarget.Of(before, context.State) is not { } target || target.NameEnd > before.Length)
        {
            return [];
        }

        if (before[1].Is("SECRET"))
        {
            return target.NameEnd == before.Length ? Actions(context, SecretActions, first: true, ssh: false) : [];
        }

        var connection = target.Item as ConnectionItem;
        var actions = before[target.NameEnd..];
        var lastComma = LastTopLevelComma(actions);
        var current = actions[(lastComma + 1)..];
        if (current.IsEmpty)
        {
            return Actions(context, ConnectionActions, first: lastComma < 0, ssh: connection?.Type == ConnectionKind.SshTunnel);
        }

        if (current.Length < 2 || !current[1].IsSymbol('(') || connection is null)
        {
            return [];
        }

        return current[0].Keyword switch
        {
            "SET" when OptionLists.Of(context.Tokens, context.State).FirstOrDefault(l => l.Holds(before.Length)) is { } list =>
                OptionListCompletions.Complete(context, list, single: true),
            "DROP" or "RESET" when current.Length == 2 => SetOptions(context, ConnectionTypes.Of(connection.Type), connection),
            _ => [],
        };
    }

    /// <summary>The index of the last comma outside parentheses, or -1.</summary>
    private static int LastTopLevelComma(ImmutableArray<Token> tokens)
    {
        var (depth, last) = (0, -1);
        for (var i = 0; i < tokens.Length; i++)
        {
            depth += tokens[i].Opens ? 1 : tokens[i].Closes ? -1 : 0;
            last = depth == 0 && tokens[i].IsSymbol(',') ? i : last;
        }

        return last;
    }

    private static IEnumerable<CompletionItem> Actions(CursorContext context, ImmutableArray<Action> actions, bool first, bool ssh) =>
        actions
            .Where(a => (first || !a.FirstOnly) && (ssh || !a.SshOnly))
            .Select((a, i) => new CompletionItem(a.Label, CompletionItemKind.Keyword, "action", a.Documentation, a.Snippet, IsSnippet: true, context.WordSpan, $"{i}"));

    /// <summary>The options the connection has set, by name (what DROP and RESET remove).</summary>
    private static IEnumerable<CompletionItem> SetOptions(CursorContext context, ConnectionTypeSpec spec, ConnectionItem connection) =>
        connection.Options
            .Select(o => spec.Row(o.Name))
            .OfType<OptionRow>()
            .Where(row => !row.Generated)
            .Select(row => new CompletionItem(row.Name, CompletionItemKind.Option, OptionDocumentation.Summary(row), OptionDocumentation.Markdown(row, spec),
                row.Name, IsSnippet: false, context.WordSpan, $"{OptionDefinitions.Position(row.Name):D3}"));
}

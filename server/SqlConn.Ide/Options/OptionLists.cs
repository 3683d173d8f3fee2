using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Options;

/// <summary>
/// The connection option lists of a statement, from its tokens so that they are found in a statement
/// being typed: CREATE CONNECTION's (after <c>TO type (</c>, or after <c>FOR type</c> in the legacy
/// form) and each <c>SET (</c> of ALTER CONNECTION (the type of the connection it alters, in the state
/// the statement runs in).
/// </summary>
internal static class OptionLists
{
    public static IEnumerable<OptionList> Of(ImmutableArray<Token> tokens, EngineState state)
    {
        if (tokens.Length > 2 && tokens[0].Is("CREATE") && tokens[1].Is("CONNECTION") && CreateConnection(tokens) is { } list)
        {
            return [list];
        }

        return tokens.Length > 3 && tokens[0].Is("ALTER") && tokens[1].Is("CONNECTION") ? AlterConnection(tokens, state) : [];
    }

    /// <summary>The index of CREATE CONNECTION's TO or FOR, or -1.</summary>
    public static int TypeKeyword(ImmutableArray<Token> tokens) =>
        tokens.Skip(2).FirstOrDefault(t => t.Is("TO") || t.Is("FOR")) is { Text: not null } found ? tokens.IndexOf(found) : -1;

    /// <summary>The connection type whose words start at <paramref name="start"/>, the longest, or null.</summary>
    public static ConnectionTypeSpec? TypeAt(ImmutableArray<Token> tokens, int start) =>
        ConnectionTypes.All
            .Where(s => Words(s) is var words && start + words.Length <= tokens.Length && words.Select((w, i) => tokens[start + i].Keyword == w).All(x => x))
            .MaxBy(s => Words(s).Length);

    public static string[] Words(ConnectionTypeSpec spec) => spec.DisplayName.Split(' ');

    private static OptionList? CreateConnection(ImmutableArray<Token> tokens)
    {
        var to = TypeKeyword(tokens);
        if (to < 0 || TypeAt(tokens, to + 1) is not { } spec)
        {
            return null;
        }

        var legacy = tokens[to].Is("FOR");
        var start = to + 1 + Words(spec).Length + (legacy ? 0 : 1);
        return legacy || (start <= tokens.Length && tokens[start - 1].IsSymbol('(')) ? Scan(spec, tokens, start, !legacy) : null;
    }

    private static IEnumerable<OptionList> AlterConnection(ImmutableArray<Token> tokens, EngineState state)
    {
        if (AlterTarget.Of(tokens, state) is not { Item: ConnectionItem connection, NameEnd: var nameEnd })
        {
            yield break;
        }

        var spec = ConnectionTypes.Of(connection.Type);
        var depth = 0;
        for (var i = nameEnd; i + 1 < tokens.Length; i++)
        {
            if (depth == 0 && tokens[i].Is("SET") && tokens[i + 1].IsSymbol('('))
            {
                yield return Scan(spec, tokens, i + 2, parenthesized: true);
            }

            depth += tokens[i].Opens ? 1 : tokens[i].Closes ? -1 : 0;
        }
    }

    private static OptionList Scan(ConnectionTypeSpec spec, ImmutableArray<Token> tokens, int start, bool parenthesized)
    {
        var segments = OptionListScanner.Scan(tokens, start, parenthesized, out var end);
        return new OptionList(spec, start, end, parenthesized, segments);
    }
}

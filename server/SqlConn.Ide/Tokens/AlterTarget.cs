using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Tokens;

/// <summary>
/// The object of <c>ALTER kind [IF EXISTS] name ...</c>, read from tokens: where its (possibly
/// qualified) name ends, and the item it names in the state the statement runs in (null when none).
/// </summary>
internal sealed record AlterTarget(CatalogItem? Item, int NameEnd)
{
    public static AlterTarget? Of(ImmutableArray<Token> tokens, EngineState state)
    {
        if (tokens.Length < 3 || !tokens[0].Is("ALTER"))
        {
            return null;
        }

        var nameStart = tokens.Length > 3 && tokens[2].Is("IF") && tokens[3].Is("EXISTS") ? 4 : 2;
        var nameEnd = nameStart + 1;
        while (nameEnd + 1 < tokens.Length && tokens[nameEnd].IsSymbol('.'))
        {
            nameEnd += 2;
        }

        if (nameEnd > tokens.Length)
        {
            return null;
        }

        var name = new ObjectName([.. tokens[nameStart..nameEnd].Where(t => !t.IsSymbol('.')).Select(t => t.Identifier)], default);
        return new AlterTarget(NameLookup.Item(state, name), nameEnd);
    }
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Secrets;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Completion items for the objects of a kind that exist in the state the statement runs in: the
/// secrets, connections (of one type, when the place calls for one), sources, sinks, user roles (a
/// CockroachDB script's users and roles), user clusters and CockroachDB external connections. Items are named as they can be written there: by their own name when the search path
/// finds them, else qualified (and always qualified when the user started a qualified name).
/// </summary>
internal static class ObjectItems
{
    /// <param name="context">The completion context.</param>
    /// <param name="kind">The kind of object.</param>
    /// <param name="replace">What the items replace.</param>
    /// <param name="prefix">Written before the name (<c>SECRET </c>).</param>
    /// <param name="type">For connections, the only type offered.</param>
    /// <param name="preferred">For secrets, the kind of value listed first (an SSL KEY wants a private key).</param>
    /// <param name="qualified">Whether to write every name qualified.</param>
    public static IEnumerable<CompletionItem> Of(
        CursorContext context, SymbolKind kind, TextSpan replace, string prefix = "", ConnectionKind? type = null, SecretKind? preferred = null, bool qualified = false)
    {
        var state = context.State;
        var catalog = state.Catalog;
        IEnumerable<(Symbol Symbol, string Name, bool First)> objects = kind switch
        {
            SymbolKind.Role when state.Session.Dialect == SqlDialect.CockroachDb => catalog.Cockroach.Roles.Values
                .Select(r => (new Symbol(kind, r.Name), SqlPrinter.Identifier(r.Name), true)),
            SymbolKind.ExternalConnection => catalog.Cockroach.Connections.Values
                .Select(c => (new Symbol(kind, c.Name), SqlPrinter.Identifier(c.Name), true)),
            SymbolKind.Role => catalog.Roles.Values
                .Where(r => !r.Id.StartsWith('s') && r.Id != Role.PublicId)
                .Select(r => (new Symbol(kind, r.Id), SqlPrinter.Identifier(r.Name), true)),
            SymbolKind.Cluster => catalog.Clusters.Values
                .Where(c => !c.IsSystem)
                .Select(c => (new Symbol(kind, c.Id), SqlPrinter.Identifier(c.Name), true)),
            _ => catalog.Items.Values
                .Where(i => SymbolKinds.Of(i) == kind && (type is null || i is ConnectionItem { Type: var t } && t == type))
                .Select(i => (new Symbol(kind, i.Id), Name(state, i, qualified), preferred is null || i is SecretItem { Value.Kind: var k } && k == preferred)),
        };
        return objects.Select(o => new CompletionItem(
            prefix + o.Name,
            CompletionItemKind.Object,
            ObjectDescription.Detail(state, o.Symbol),
            null,
            prefix + o.Name,
            IsSnippet: false,
            replace,
            $"{(o.First ? 0 : 1)}{o.Name}",
            o.Symbol));
    }

    private static string Name(EngineState state, CatalogItem item, bool qualified) =>
        SqlPrinter.Print(qualified ? NameLookup.QualifiedName(state, item) : NameLookup.ShortestName(state, item));
}

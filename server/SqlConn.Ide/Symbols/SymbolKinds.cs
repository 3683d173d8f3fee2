using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Symbols;

/// <summary>Symbols and the catalog: the kind of an item, what a name denotes in a state, and the words for kinds.</summary>
public static class SymbolKinds
{
    public static SymbolKind Of(CatalogItem item) => item.Kind switch
    {
        ItemKind.Connection => SymbolKind.Connection,
        ItemKind.Secret => SymbolKind.Secret,
        ItemKind.Source => SymbolKind.Source,
        _ => SymbolKind.Sink,
    };

    /// <summary>
    /// The object <paramref name="name"/> denotes in <paramref name="state"/>: a role (of the session's
    /// dialect), cluster or external connection by its name when <paramref name="expected"/> is one of
    /// those, else the item name resolution finds.
    /// </summary>
    public static Symbol? Resolve(EngineState state, ObjectName name, SymbolKind expected) => expected switch
    {
        SymbolKind.Role when state.Session.Dialect == SqlDialect.CockroachDb =>
            NameLookup.CockroachRole(state, name.Last.Value) is { } user ? new Symbol(SymbolKind.Role, user.Name) : null,
        SymbolKind.Role => state.Catalog.FindRole(name.Last.Value) is { } role ? new Symbol(SymbolKind.Role, role.Id) : null,
        SymbolKind.ExternalConnection => state.Catalog.Cockroach.FindConnection(name.Last.Value) is { } connection
            ? new Symbol(SymbolKind.ExternalConnection, connection.Name)
            : null,
        SymbolKind.Cluster => state.Catalog.FindCluster(name.Last.Value) is { } cluster ? new Symbol(SymbolKind.Cluster, cluster.Id) : null,
        _ => NameLookup.Item(state, name) is { } item ? new Symbol(Of(item), item.Id) : null,
    };

    /// <summary>The current name of a symbol in <paramref name="state"/>, or null when it does not exist there.</summary>
    public static string? NameIn(EngineState state, Symbol symbol) => symbol.Kind switch
    {
        SymbolKind.Role when state.Session.Dialect == SqlDialect.CockroachDb => state.Catalog.Cockroach.FindRole(symbol.Id)?.Name,
        SymbolKind.Role => state.Catalog.Roles.GetValueOrDefault(symbol.Id)?.Name,
        SymbolKind.ExternalConnection => state.Catalog.Cockroach.FindConnection(symbol.Id)?.Name,
        SymbolKind.Cluster => state.Catalog.Clusters.GetValueOrDefault(symbol.Id)?.Name,
        _ => state.Catalog.Items.GetValueOrDefault(symbol.Id)?.Name,
    };

    /// <summary>The kind in lower case, as messages write it: <c>secret</c>, <c>connection</c>, <c>external connection</c>...</summary>
    public static string Noun(this SymbolKind kind) => kind == SymbolKind.ExternalConnection ? "external connection" : kind.ToString().ToLowerInvariant();
}

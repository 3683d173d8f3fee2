using System.Collections.Immutable;
using SqlConn.Engine.Execution;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// The objects a statement created, read from the id sequences the catalog allocated while it ran:
/// no catalog comparison, so finding them costs the same in a script of any length. CockroachDB's users,
/// roles and external connections have no ids: the names the statement added (compared only when the
/// statement changed them).
/// </summary>
public static class CreatedObjects
{
    public static IEnumerable<Symbol> Between(EngineState before, EngineState after)
    {
        var (earlier, later) = (before.Catalog.Ids, after.Catalog.Ids);
        var (was, now) = (before.Catalog.Cockroach, after.Catalog.Cockroach);
        var allocatedNoId = earlier.NextItem == later.NextItem && earlier.NextRole == later.NextRole && earlier.NextCluster == later.NextCluster;
        var addedNoName = ReferenceEquals(was.Roles, now.Roles) && ReferenceEquals(was.Connections, now.Connections);

        // Most statements create nothing: they pay for no enumeration.
        return allocatedNoId && addedNoName ? [] : Created(before, after);
    }

    private static IEnumerable<Symbol> Created(EngineState before, EngineState after)
    {
        var (earlier, later) = (before.Catalog.Ids, after.Catalog);
        foreach (var id in later.Ids.ItemIdsSince(earlier))
        {
            if (later.Items.TryGetValue(id, out var item))
            {
                yield return new Symbol(SymbolKinds.Of(item), id);
            }
        }

        foreach (var id in later.Ids.RoleIdsSince(earlier).Where(later.Roles.ContainsKey))
        {
            yield return new Symbol(SymbolKind.Role, id);
        }

        foreach (var id in later.Ids.ClusterIdsSince(earlier).Where(later.Clusters.ContainsKey))
        {
            yield return new Symbol(SymbolKind.Cluster, id);
        }

        var (was, now) = (before.Catalog.Cockroach, later.Cockroach);
        foreach (var name in Added(was.Roles, now.Roles))
        {
            yield return new Symbol(SymbolKind.Role, name);
        }

        foreach (var name in Added(was.Connections, now.Connections))
        {
            yield return new Symbol(SymbolKind.ExternalConnection, name);
        }
    }

    private static IEnumerable<string> Added<T>(ImmutableSortedDictionary<string, T> before, ImmutableSortedDictionary<string, T> after) =>
        ReferenceEquals(before, after) ? [] : after.Keys.Where(k => !before.ContainsKey(k));
}

namespace SqlConn.Engine.Catalog;

/// <summary>
/// The next values of the catalog's id sequences. Items of every kind share one sequence
/// (<c>u1, u2, ...</c>); an id can be consumed by a statement that is then skipped or fails at the
/// catalog write, as in Materialize (spec §4.1).
/// </summary>
public sealed record CatalogIds(long NextItem, uint NextOid, long NextSchema, long NextDatabase, long NextRole, long NextCluster, long NextReplica)
{
    public (string Id, uint Oid, CatalogIds Next) AllocateItem() => (UserId(NextItem), NextOid, this with { NextItem = NextItem + 1, NextOid = NextOid + 1 });

    public (string Id, uint Oid, CatalogIds Next) AllocateSchema() => (UserId(NextSchema), NextOid, this with { NextSchema = NextSchema + 1, NextOid = NextOid + 1 });

    public (string Id, uint Oid, CatalogIds Next) AllocateDatabase() => (UserId(NextDatabase), NextOid, this with { NextDatabase = NextDatabase + 1, NextOid = NextOid + 1 });

    public (string Id, uint Oid, CatalogIds Next) AllocateRole() => (UserId(NextRole), NextOid, this with { NextRole = NextRole + 1, NextOid = NextOid + 1 });

    public (string Id, CatalogIds Next) AllocateCluster() => (UserId(NextCluster), this with { NextCluster = NextCluster + 1 });

    public (string Id, CatalogIds Next) AllocateReplica() => (UserId(NextReplica), this with { NextReplica = NextReplica + 1 });

    /// <summary>
    /// The item ids allocated since <paramref name="earlier"/>: what a statement may have created
    /// (some may have been consumed without creating anything). The language service uses it to find
    /// the statement that created an object without comparing whole catalogs.
    /// </summary>
    public IEnumerable<string> ItemIdsSince(CatalogIds earlier) => UserIds(earlier.NextItem, NextItem);

    /// <summary>The role ids allocated since <paramref name="earlier"/>.</summary>
    public IEnumerable<string> RoleIdsSince(CatalogIds earlier) => UserIds(earlier.NextRole, NextRole);

    /// <summary>The cluster ids allocated since <paramref name="earlier"/>.</summary>
    public IEnumerable<string> ClusterIdsSince(CatalogIds earlier) => UserIds(earlier.NextCluster, NextCluster);

    private static string UserId(long value) => $"u{value}";

    private static IEnumerable<string> UserIds(long from, long to)
    {
        for (var value = from; value < to; value++)
        {
            yield return UserId(value);
        }
    }
}

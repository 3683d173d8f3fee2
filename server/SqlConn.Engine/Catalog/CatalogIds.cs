namespace SqlConn.Engine.Catalog;

/// <summary>
/// The next values of the catalog's id sequences. Items of every kind share one sequence
/// (<c>u1, u2, ...</c>); an id can be consumed by a statement that is then skipped or fails at the
/// catalog write, as in Materialize (spec §4.1).
/// </summary>
public sealed record CatalogIds(long NextItem, uint NextOid, long NextSchema, long NextDatabase, long NextRole, long NextCluster, long NextReplica)
{
    public (string Id, uint Oid, CatalogIds Next) AllocateItem() => ($"u{NextItem}", NextOid, this with { NextItem = NextItem + 1, NextOid = NextOid + 1 });

    public (string Id, uint Oid, CatalogIds Next) AllocateSchema() => ($"u{NextSchema}", NextOid, this with { NextSchema = NextSchema + 1, NextOid = NextOid + 1 });

    public (string Id, uint Oid, CatalogIds Next) AllocateDatabase() => ($"u{NextDatabase}", NextOid, this with { NextDatabase = NextDatabase + 1, NextOid = NextOid + 1 });

    public (string Id, uint Oid, CatalogIds Next) AllocateRole() => ($"u{NextRole}", NextOid, this with { NextRole = NextRole + 1, NextOid = NextOid + 1 });

    public (string Id, CatalogIds Next) AllocateCluster() => ($"u{NextCluster}", this with { NextCluster = NextCluster + 1 });

    public (string Id, CatalogIds Next) AllocateReplica() => ($"u{NextReplica}", this with { NextReplica = NextReplica + 1 });
}

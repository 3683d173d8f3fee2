using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>A schema. System schemas (mz_catalog, mz_internal, pg_catalog...) belong to no database.</summary>
public sealed record Schema(string Id, uint Oid, string? DatabaseId, string Name, string OwnerId, ImmutableArray<AclItem> Privileges)
{
    public bool IsSystem => DatabaseId is null;
}

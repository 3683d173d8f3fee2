using System.Collections.Immutable;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Execution;

/// <summary>
/// The privileges a new item starts with: its owner holds every privilege of the item's kind, and the
/// rules of ALTER DEFAULT PRIVILEGES that match its owner (or all roles), its schema or database, and
/// its kind add theirs, granted by the owner.
/// </summary>
internal static class DefaultPrivileges
{
    public static ImmutableArray<AclItem> For(Catalog.Catalog catalog, string ownerId, Schema schema, ItemKind kind) =>
        Acl.Normalize(catalog.DefaultPrivileges
            .Where(r => (r.RoleId == ownerId || r.RoleId == Role.PublicId) && r.Kind == kind
                && (r.SchemaId is null || r.SchemaId == schema.Id) && (r.DatabaseId is null || r.DatabaseId == schema.DatabaseId))
            .Select(r => new AclItem(r.GranteeId, ownerId, r.Privileges))
            .Prepend(new AclItem(ownerId, ownerId, AllOf(kind))));

    /// <summary>The privileges an item of this kind can carry: USAGE for connections and secrets, SELECT for sources and sinks.</summary>
    public static Privilege AllOf(ItemKind kind) => kind switch
    {
        ItemKind.Connection or ItemKind.Secret => Privilege.Usage,
        _ => Privilege.Select,
    };
}

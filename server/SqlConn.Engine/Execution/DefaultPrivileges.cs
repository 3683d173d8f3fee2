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
    /// <remarks>A loop rather than a query: every CREATE of an item asks, and most find no rule.</remarks>
    public static ImmutableArray<AclItem> For(Catalog.Catalog catalog, string ownerId, Schema schema, ItemKind kind)
    {
        var items = new List<AclItem> { new(ownerId, ownerId, AllOf(kind)) };
        foreach (var rule in catalog.DefaultPrivileges)
        {
            if ((rule.RoleId == ownerId || rule.RoleId == Role.PublicId) && rule.Kind == kind
                && (rule.SchemaId is null || rule.SchemaId == schema.Id) && (rule.DatabaseId is null || rule.DatabaseId == schema.DatabaseId))
            {
                items.Add(new AclItem(rule.GranteeId, ownerId, rule.Privileges));
            }
        }

        return Acl.Normalize(items);
    }

    /// <summary>The privileges an item of this kind can carry: USAGE for connections and secrets, SELECT for sources and sinks.</summary>
    public static Privilege AllOf(ItemKind kind) => kind switch
    {
        ItemKind.Connection or ItemKind.Secret => Privilege.Usage,
        _ => Privilege.Select,
    };
}

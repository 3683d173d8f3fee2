using System.Collections.Immutable;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Execution;

/// <summary>The privileges a new item starts with: its owner holds every privilege of the item's kind.</summary>
internal static class DefaultPrivileges
{
    public static ImmutableArray<AclItem> For(Catalog.Catalog catalog, string ownerId, Schema schema, ItemKind kind) =>
        [new AclItem(ownerId, ownerId, AllOf(kind))];

    /// <summary>The privileges an item of this kind can carry: USAGE for connections and secrets, SELECT for sources and sinks.</summary>
    public static Privilege AllOf(ItemKind kind) => kind switch
    {
        ItemKind.Connection or ItemKind.Secret => Privilege.Usage,
        _ => Privilege.Select,
    };
}

using System.Collections.Immutable;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// Something privileges apply to: an item, a schema, a database, a cluster, or SYSTEM.
/// <see cref="ObjectType"/> is Materialize's upper-case type word (<c>CONNECTION</c>, <c>SCHEMA</c>...);
/// <see cref="Name"/> its fully qualified name (empty for SYSTEM).
/// </summary>
public sealed record PrivilegeTarget(string ObjectType, string Name, string? OwnerId, ImmutableArray<AclItem> Acl)
{
    public const string System = "SYSTEM";

    /// <summary>The target as messages quote it: <c>CONNECTION "materialize.public.c"</c>, or <c>SYSTEM</c>.</summary>
    public string Quoted => ObjectType == System ? System : $"{ObjectType} \"{Name}\"";

    public static PrivilegeTarget Of(Catalog.Catalog catalog, CatalogItem item) =>
        new(item.KindName.ToUpperInvariant(), catalog.FullName(item), item.OwnerId, item.Privileges);

    public static PrivilegeTarget Of(Catalog.Catalog catalog, Schema schema) =>
        new("SCHEMA", catalog.SchemaFullName(schema), schema.OwnerId, schema.Privileges);

    public static PrivilegeTarget Of(Database database) => new("DATABASE", database.Name, database.OwnerId, database.Privileges);

    public static PrivilegeTarget Of(Cluster cluster) => new("CLUSTER", cluster.Name, cluster.OwnerId, cluster.Privileges);

    public static PrivilegeTarget OfSystem(Catalog.Catalog catalog) => new(System, string.Empty, null, catalog.SystemPrivileges);
}

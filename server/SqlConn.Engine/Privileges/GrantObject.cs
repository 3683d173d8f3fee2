using System.Collections.Immutable;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Privileges;

/// <summary>Something GRANT and REVOKE change: what privileges it can carry and how to replace its ACL.</summary>
internal abstract record GrantObject
{
    public abstract PrivilegeTarget Target(Catalog.Catalog catalog);

    /// <summary>The owner and the ACL of <see cref="Target"/>, without the names only messages need.</summary>
    public abstract (string? OwnerId, ImmutableArray<AclItem> Acl) Privileges(Catalog.Catalog catalog);

    /// <summary>The privileges this kind of object can carry (spec §5.1).</summary>
    public abstract Privilege Grantable { get; }

    public abstract Catalog.Catalog WithAcl(Catalog.Catalog catalog, ImmutableArray<AclItem> acl);
}

internal sealed record ItemGrantObject(CatalogItem Item) : GrantObject
{
    public override PrivilegeTarget Target(Catalog.Catalog catalog) => PrivilegeTarget.Of(catalog, Item);

    public override (string? OwnerId, ImmutableArray<AclItem> Acl) Privileges(Catalog.Catalog catalog) => (Item.OwnerId, Item.Privileges);

    public override Privilege Grantable => Execution.DefaultPrivileges.AllOf(Item.Kind);

    public override Catalog.Catalog WithAcl(Catalog.Catalog catalog, ImmutableArray<AclItem> acl) => catalog.WithItem(catalog.Items[Item.Id] with { Privileges = acl });
}

internal sealed record SchemaGrantObject(Schema Schema) : GrantObject
{
    public override PrivilegeTarget Target(Catalog.Catalog catalog) => PrivilegeTarget.Of(catalog, Schema);

    public override (string? OwnerId, ImmutableArray<AclItem> Acl) Privileges(Catalog.Catalog catalog) => (Schema.OwnerId, Schema.Privileges);

    public override Privilege Grantable => Privilege.Usage | Privilege.Create;

    public override Catalog.Catalog WithAcl(Catalog.Catalog catalog, ImmutableArray<AclItem> acl) => catalog.WithSchema(catalog.Schemas[Schema.Id] with { Privileges = acl });
}

internal sealed record DatabaseGrantObject(Database Database) : GrantObject
{
    public override PrivilegeTarget Target(Catalog.Catalog catalog) => PrivilegeTarget.Of(Database);

    public override (string? OwnerId, ImmutableArray<AclItem> Acl) Privileges(Catalog.Catalog catalog) => (Database.OwnerId, Database.Privileges);

    public override Privilege Grantable => Privilege.Usage | Privilege.Create;

    public override Catalog.Catalog WithAcl(Catalog.Catalog catalog, ImmutableArray<AclItem> acl) => catalog.WithDatabase(catalog.Databases[Database.Id] with { Privileges = acl });
}

internal sealed record ClusterGrantObject(Cluster Cluster) : GrantObject
{
    public override PrivilegeTarget Target(Catalog.Catalog catalog) => PrivilegeTarget.Of(Cluster);

    public override (string? OwnerId, ImmutableArray<AclItem> Acl) Privileges(Catalog.Catalog catalog) => (Cluster.OwnerId, Cluster.Privileges);

    public override Privilege Grantable => Privilege.Usage | Privilege.Create;

    public override Catalog.Catalog WithAcl(Catalog.Catalog catalog, ImmutableArray<AclItem> acl) => catalog.WithCluster(catalog.Clusters[Cluster.Id] with { Privileges = acl });
}

internal sealed record SystemGrantObject : GrantObject
{
    public override PrivilegeTarget Target(Catalog.Catalog catalog) => PrivilegeTarget.OfSystem(catalog);

    public override (string? OwnerId, ImmutableArray<AclItem> Acl) Privileges(Catalog.Catalog catalog) => (null, catalog.SystemPrivileges);

    public override Privilege Grantable => Privilege.CreateRole | Privilege.CreateDb | Privilege.CreateCluster | Privilege.CreateNetworkPolicy;

    public override Catalog.Catalog WithAcl(Catalog.Catalog catalog, ImmutableArray<AclItem> acl) => catalog with { SystemPrivileges = acl };
}

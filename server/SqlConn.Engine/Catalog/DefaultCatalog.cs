using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// The catalog of a fresh Materialize environment: database <c>materialize</c> with schema
/// <c>public</c> (<c>u3</c>, as in a fresh test server), the system schemas, the roles
/// <c>materialize</c> (the default superuser), <c>mz_system</c>, <c>mz_support</c> and PUBLIC, and the
/// managed cluster <c>quickstart</c> with one replica.
/// </summary>
public static class DefaultCatalog
{
    public const string MaterializeRoleId = "u1";
    public const string MzSystemRoleId = "s1";
    public const string MaterializeDatabaseId = "u1";
    public const string PublicSchemaId = "u3";
    public const string QuickstartClusterId = "u1";

    public static Catalog Create(ulong seed)
    {
        var entropy = new Entropy(seed, 0);
        (var environmentId, entropy) = entropy.DrawUuid("environment-id");
        (var externalIdPrefix, entropy) = entropy.DrawUuid("aws-external-id-prefix");

        Role[] roles =
        [
            new(MzSystemRoleId, 16661, "mz_system", true, true, []),
            new("s2", 16662, "mz_support", true, false, []),
            new(Role.PublicId, 0, Role.PublicName, true, false, []),
            new(MaterializeRoleId, 20001, "materialize", true, true, []),
        ];
        ImmutableArray<AclItem> ownerOnly(string owner, Privilege privileges) => [new AclItem(owner, owner, privileges)];
        Schema[] schemas =
        [
            new("s1", 16000, null, "mz_catalog", MzSystemRoleId, [new AclItem(Role.PublicId, MzSystemRoleId, Privilege.Usage)]),
            new("s2", 16001, null, "pg_catalog", MzSystemRoleId, [new AclItem(Role.PublicId, MzSystemRoleId, Privilege.Usage)]),
            new("s3", 16002, null, "mz_internal", MzSystemRoleId, [new AclItem(Role.PublicId, MzSystemRoleId, Privilege.Usage)]),
            new("s4", 16003, null, "information_schema", MzSystemRoleId, [new AclItem(Role.PublicId, MzSystemRoleId, Privilege.Usage)]),
            new(PublicSchemaId, 20003, MaterializeDatabaseId, "public", MaterializeRoleId,
                [new AclItem(Role.PublicId, MaterializeRoleId, Privilege.Usage), new AclItem(MaterializeRoleId, MaterializeRoleId, Privilege.Usage | Privilege.Create)]),
        ];
        Cluster[] clusters =
        [
            new("s1", "mz_system", MzSystemRoleId, ownerOnly(MzSystemRoleId, Privilege.Usage | Privilege.Create), true, "2", 1, [new ClusterReplica("s1", "r1", "2")]),
            new("s2", "mz_catalog_server", MzSystemRoleId, [new AclItem(Role.PublicId, MzSystemRoleId, Privilege.Usage)], true, "2", 1, [new ClusterReplica("s2", "r1", "2")]),
            new(QuickstartClusterId, "quickstart", MaterializeRoleId,
                [new AclItem(Role.PublicId, MaterializeRoleId, Privilege.Usage), new AclItem(MaterializeRoleId, MaterializeRoleId, Privilege.Usage | Privilege.Create)],
                true, "25cc", 1, [new ClusterReplica("u1", "r1", "25cc")]),
        ];

        return new Catalog
        {
            Databases = ImmutableDictionary<string, Database>.Empty.Add(MaterializeDatabaseId,
                new Database(MaterializeDatabaseId, 20000, "materialize", MaterializeRoleId,
                    [new AclItem(Role.PublicId, MaterializeRoleId, Privilege.Usage), new AclItem(MaterializeRoleId, MaterializeRoleId, Privilege.Usage | Privilege.Create)])),
            Schemas = schemas.ToImmutableDictionary(s => s.Id),
            Roles = roles.ToImmutableDictionary(r => r.Id),
            Clusters = clusters.ToImmutableDictionary(c => c.Id),
            SystemPrivileges = [new AclItem(MzSystemRoleId, MzSystemRoleId, Privilege.CreateRole | Privilege.CreateDb | Privilege.CreateCluster | Privilege.CreateNetworkPolicy)],
            DefaultPrivileges = [],
            Ids = new CatalogIds(NextItem: 1, NextOid: 20100, NextSchema: 4, NextDatabase: 2, NextRole: 2, NextCluster: 2, NextReplica: 2),
            Entropy = entropy,
            Environment = new EnvironmentSettings(environmentId, externalIdPrefix),
        };
    }
}

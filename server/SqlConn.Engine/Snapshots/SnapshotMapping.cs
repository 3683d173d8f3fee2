using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Secrets;
using SqlConn.Engine.Ssh;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Snapshots;

/// <summary>Maps a catalog to its serialised form and back.</summary>
internal static class SnapshotMapping
{
    public static CatalogData ToData(Catalog.Catalog catalog)
    {
        // A fresh seed derived one-way from the current one: after loading, generated values stay
        // deterministic, but the snapshot cannot re-derive the SSH keys generated before it.
        var (reseed, _) = catalog.Entropy.Draw("snapshot-reseed");
        return new CatalogData(
            [.. catalog.Databases.Values.Select(d => new DatabaseData(d.Id, d.Oid, d.Name, d.OwnerId, Acl(d.Privileges)))],
            [.. catalog.Schemas.Values.Select(s => new SchemaData(s.Id, s.Oid, s.DatabaseId, s.Name, s.OwnerId, Acl(s.Privileges)))],
            [.. catalog.Roles.Values.Select(r => new RoleData(r.Id, r.Oid, r.Name, r.Inherit, r.SuperUser, [.. r.MemberOf]))],
            [.. catalog.Clusters.Values.Select(c => new ClusterData(c.Id, c.Name, c.OwnerId, Acl(c.Privileges), c.Managed, c.Size, c.ReplicationFactor,
                [.. c.Replicas.Select(r => new ReplicaData(r.Id, r.Name, r.Size))]))],
            [.. catalog.Items.Values.Select(Item)],
            [catalog.Ids.NextItem, catalog.Ids.NextOid, catalog.Ids.NextSchema, catalog.Ids.NextDatabase, catalog.Ids.NextRole, catalog.Ids.NextCluster, catalog.Ids.NextReplica],
            BitConverter.ToUInt64(reseed, 0),
            catalog.Environment.EnvironmentId,
            catalog.Environment.AwsExternalIdPrefix,
            Acl(catalog.SystemPrivileges),
            [.. catalog.DefaultPrivileges.Select(r => new DefaultPrivilegeData(r.RoleId, r.DatabaseId, r.SchemaId, (int)r.Kind, r.GranteeId, (int)r.Privileges))],
            CockroachSnapshotMapping.ToData(catalog.Cockroach));
    }

    public static Catalog.Catalog FromData(CatalogData data)
    {
        var catalog = new Catalog.Catalog
        {
            Databases = data.Databases.ToImmutableDictionary(d => d.Id, d => new Database(d.Id, d.Oid, d.Name, d.OwnerId, Acl(d.Privileges))),
            Schemas = data.Schemas.ToImmutableDictionary(s => s.Id, s => new Schema(s.Id, s.Oid, s.DatabaseId, s.Name, s.OwnerId, Acl(s.Privileges))),
            Roles = data.Roles.ToImmutableDictionary(r => r.Id, r => new Role(r.Id, r.Oid, r.Name, r.Inherit, r.SuperUser, [.. r.MemberOf])),
            Clusters = data.Clusters.ToImmutableDictionary(c => c.Id, c => new Cluster(c.Id, c.Name, c.OwnerId, Acl(c.Privileges), c.Managed, c.Size,
                c.ReplicationFactor, [.. c.Replicas.Select(r => new ClusterReplica(r.Id, r.Name, r.Size))])),
            SystemPrivileges = Acl(data.SystemPrivileges),
            DefaultPrivileges = [.. data.DefaultPrivileges.Select(r => new DefaultPrivilegeRule(r.RoleId, r.DatabaseId, r.SchemaId, (ItemKind)r.Kind, r.GranteeId, (Privilege)r.Privileges))],
            Ids = data.Ids is [var item, var oid, var schema, var database, var role, var cluster, var replica]
                ? new CatalogIds(item, (uint)oid, schema, database, role, cluster, replica)
                : throw new SnapshotException("the snapshot's id counters are malformed"),
            Entropy = new Entropy(data.Seed, 0),
            Environment = new EnvironmentSettings(data.EnvironmentId, data.AwsExternalIdPrefix),
            Cockroach = CockroachSnapshotMapping.FromData(data.Cockroach),
        };
        return data.Items.Aggregate(catalog, (c, item) => c.WithItem(Item(item)));
    }

    private static ItemData Item(CatalogItem item) => item switch
    {
        ConnectionItem c => new ConnectionData(c.Id, c.Oid, c.SchemaId, c.Name, c.OwnerId, Acl(c.Privileges), c.Comment, (int)c.Type,
            [.. c.Options.Select(o => new OptionData(o.Name, Value(o.Value)))],
            c.SshKeys is { } keys ? [keys.PublicKey1.Line, keys.PublicKey2.Line] : null,
            c.SshKeys?.RotationsSinceBastionUpdate ?? 0),
        SecretItem s => new SecretData(s.Id, s.Oid, s.SchemaId, s.Name, s.OwnerId, Acl(s.Privileges), s.Comment,
            s.Value?.ByteLength, s.Value is { } v ? (int)v.Kind : null, s.Version),
        SourceItem s => new SourceData(s.Id, s.Oid, s.SchemaId, s.Name, s.OwnerId, Acl(s.Privileges), s.Comment, s.IsSink, s.ClusterId,
            [.. s.ConnectionIds], new Dictionary<string, int>(s.LoadedSecretVersions)),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    private static CatalogItem Item(ItemData data) => data switch
    {
        ConnectionData c => new ConnectionItem(c.Id, c.Oid, c.SchemaId, c.Name, c.OwnerId, Acl(c.Privileges), c.Comment,
            Enum.IsDefined((ConnectionKind)c.Type) ? (ConnectionKind)c.Type : throw new SnapshotException($"unknown connection type {c.Type} in the snapshot"),
            [.. c.Options.Select(o => new StoredOption(o.Name, Value(o.Value)))],
            c.PublicKeys is [var key1, var key2] ? new SshKeys(SshPublicKey.Of(key1), SshPublicKey.Of(key2), c.RotationsSinceBastionUpdate) : null),
        SecretData s => new SecretItem(s.Id, s.Oid, s.SchemaId, s.Name, s.OwnerId, Acl(s.Privileges), s.Comment,
            s.ByteLength is { } length && s.Kind is { } kind ? new SecretFingerprint(null, length, (SecretKind)kind) : null, s.Version),
        SourceData s => new SourceItem(s.Id, s.Oid, s.SchemaId, s.Name, s.OwnerId, Acl(s.Privileges), s.Comment, s.IsSink, s.ClusterId,
            [.. s.ConnectionIds], s.LoadedSecretVersions.ToImmutableDictionary()),
        _ => throw new SnapshotException("the snapshot holds an item of an unknown kind"),
    };

    private static ValueData Value(StoredValue value) => value switch
    {
        StoredText t => new TextData(t.Value, t.Bare),
        StoredSecret s => new SecretRefData(s.SecretId),
        StoredNumber n => new NumberData(n.Value),
        StoredTextList l => new TextListData([.. l.Items]),
        StoredConnectionReference r => new ConnectionRefData(r.ConnectionId),
        StoredPrivatelink p => new PrivatelinkData(p.ConnectionId, p.Port),
        StoredBrokers b => new BrokersData([.. b.Brokers.Select(Broker)], b.Single),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static StoredValue Value(ValueData data) => data switch
    {
        TextData t => new StoredText(t.Value, t.Bare),
        SecretRefData s => new StoredSecret(s.SecretId),
        NumberData n => new StoredNumber(n.Value),
        TextListData l => new StoredTextList([.. l.Items]),
        ConnectionRefData r => new StoredConnectionReference(r.ConnectionId),
        PrivatelinkData p => new StoredPrivatelink(p.ConnectionId, p.Port),
        BrokersData b => new StoredBrokers([.. b.Brokers.Select(Broker)], b.Single),
        _ => throw new SnapshotException("the snapshot holds an option value of an unknown kind"),
    };

    private static BrokerData Broker(StoredBroker broker) => broker.Tunnel switch
    {
        StoredSshBrokerTunnel s => new BrokerData(broker.Address, 1, s.ConnectionId, null, null),
        StoredPrivatelinkBrokerTunnel p => new BrokerData(broker.Address, 2, p.ConnectionId, p.AvailabilityZone, p.Port),
        _ => new BrokerData(broker.Address, 0, null, null, null),
    };

    private static StoredBroker Broker(BrokerData data) => new(data.Address, (data.TunnelKind, data.TunnelId) switch
    {
        (0, _) => null,
        (1, { } id) => new StoredSshBrokerTunnel(id),
        (2, { } id) => new StoredPrivatelinkBrokerTunnel(id, data.AvailabilityZone, data.Port),
        _ => throw new SnapshotException("the snapshot holds a broker tunnel of an unknown kind"),
    });

    private static AclData[] Acl(ImmutableArray<AclItem> items) => [.. items.Select(a => new AclData(a.GranteeId, a.GrantorId, (int)a.Privileges))];

    private static ImmutableArray<AclItem> Acl(AclData[] items) => [.. items.Select(a => new AclItem(a.Grantee, a.Grantor, (Privilege)a.Privileges))];
}

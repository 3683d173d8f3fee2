using MessagePack;

namespace SqlConn.Engine.Snapshots;

// The serialised form of a catalog: plain data with stable MessagePack keys. Adding a field means a new
// key at the end; changing the meaning of one means a new SnapshotFormat.Version.

[MessagePackObject]
internal sealed record CatalogData(
    [property: Key(0)] DatabaseData[] Databases,
    [property: Key(1)] SchemaData[] Schemas,
    [property: Key(2)] RoleData[] Roles,
    [property: Key(3)] ClusterData[] Clusters,
    [property: Key(4)] ItemData[] Items,
    [property: Key(5)] long[] Ids,
    [property: Key(6)] ulong Seed,
    [property: Key(7)] string EnvironmentId,
    [property: Key(8)] string AwsExternalIdPrefix,
    [property: Key(9)] AclData[] SystemPrivileges,
    [property: Key(10)] DefaultPrivilegeData[] DefaultPrivileges,
    [property: Key(11)] CockroachData Cockroach);

[MessagePackObject]
internal sealed record DefaultPrivilegeData(
    [property: Key(0)] string RoleId, [property: Key(1)] string? DatabaseId, [property: Key(2)] string? SchemaId,
    [property: Key(3)] int Kind, [property: Key(4)] string GranteeId, [property: Key(5)] int Privileges);

[MessagePackObject]
internal sealed record AclData([property: Key(0)] string Grantee, [property: Key(1)] string Grantor, [property: Key(2)] int Privileges);

[MessagePackObject]
internal sealed record DatabaseData([property: Key(0)] string Id, [property: Key(1)] uint Oid, [property: Key(2)] string Name, [property: Key(3)] string OwnerId, [property: Key(4)] AclData[] Privileges);

[MessagePackObject]
internal sealed record SchemaData(
    [property: Key(0)] string Id, [property: Key(1)] uint Oid, [property: Key(2)] string? DatabaseId, [property: Key(3)] string Name,
    [property: Key(4)] string OwnerId, [property: Key(5)] AclData[] Privileges);

[MessagePackObject]
internal sealed record RoleData(
    [property: Key(0)] string Id, [property: Key(1)] uint Oid, [property: Key(2)] string Name, [property: Key(3)] bool Inherit,
    [property: Key(4)] bool SuperUser, [property: Key(5)] string[] MemberOf);

[MessagePackObject]
internal sealed record ClusterData(
    [property: Key(0)] string Id, [property: Key(1)] string Name, [property: Key(2)] string OwnerId, [property: Key(3)] AclData[] Privileges,
    [property: Key(4)] bool Managed, [property: Key(5)] string? Size, [property: Key(6)] int ReplicationFactor, [property: Key(7)] ReplicaData[] Replicas);

[MessagePackObject]
internal sealed record ReplicaData([property: Key(0)] string Id, [property: Key(1)] string Name, [property: Key(2)] string Size);

[Union(0, typeof(ConnectionData))]
[Union(1, typeof(SecretData))]
[Union(2, typeof(SourceData))]
internal abstract record ItemData;

[MessagePackObject]
internal sealed record ConnectionData(
    [property: Key(0)] string Id, [property: Key(1)] uint Oid, [property: Key(2)] string SchemaId, [property: Key(3)] string Name,
    [property: Key(4)] string OwnerId, [property: Key(5)] AclData[] Privileges, [property: Key(6)] string? Comment,
    [property: Key(7)] int Type, [property: Key(8)] OptionData[] Options, [property: Key(9)] string[]? PublicKeys,
    [property: Key(10)] int RotationsSinceBastionUpdate) : ItemData;

/// <summary>A secret without its value: its length, kind and version only (not even its hash).</summary>
[MessagePackObject]
internal sealed record SecretData(
    [property: Key(0)] string Id, [property: Key(1)] uint Oid, [property: Key(2)] string SchemaId, [property: Key(3)] string Name,
    [property: Key(4)] string OwnerId, [property: Key(5)] AclData[] Privileges, [property: Key(6)] string? Comment,
    [property: Key(7)] int? ByteLength, [property: Key(8)] int? Kind, [property: Key(9)] int Version) : ItemData;

[MessagePackObject]
internal sealed record SourceData(
    [property: Key(0)] string Id, [property: Key(1)] uint Oid, [property: Key(2)] string SchemaId, [property: Key(3)] string Name,
    [property: Key(4)] string OwnerId, [property: Key(5)] AclData[] Privileges, [property: Key(6)] string? Comment,
    [property: Key(7)] bool IsSink, [property: Key(8)] string ClusterId, [property: Key(9)] string[] ConnectionIds,
    [property: Key(10)] Dictionary<string, int> LoadedSecretVersions) : ItemData;

[MessagePackObject]
internal sealed record OptionData([property: Key(0)] string Name, [property: Key(1)] ValueData Value);

[Union(0, typeof(TextData))]
[Union(1, typeof(SecretRefData))]
[Union(2, typeof(NumberData))]
[Union(3, typeof(TextListData))]
[Union(4, typeof(ConnectionRefData))]
[Union(5, typeof(PrivatelinkData))]
[Union(6, typeof(BrokersData))]
internal abstract record ValueData;

[MessagePackObject]
internal sealed record TextData([property: Key(0)] string Value, [property: Key(1)] bool Bare) : ValueData;

[MessagePackObject]
internal sealed record SecretRefData([property: Key(0)] string SecretId) : ValueData;

[MessagePackObject]
internal sealed record NumberData([property: Key(0)] long Value) : ValueData;

[MessagePackObject]
internal sealed record TextListData([property: Key(0)] string[] Items) : ValueData;

[MessagePackObject]
internal sealed record ConnectionRefData([property: Key(0)] string ConnectionId) : ValueData;

[MessagePackObject]
internal sealed record PrivatelinkData([property: Key(0)] string ConnectionId, [property: Key(1)] long? Port) : ValueData;

[MessagePackObject]
internal sealed record BrokersData([property: Key(0)] BrokerData[] Brokers, [property: Key(1)] bool Single) : ValueData;

/// <summary>A broker; <see cref="TunnelKind"/> is 0 (none), 1 (SSH) or 2 (PrivateLink).</summary>
[MessagePackObject]
internal sealed record BrokerData(
    [property: Key(0)] string Address, [property: Key(1)] int TunnelKind, [property: Key(2)] string? TunnelId,
    [property: Key(3)] string? AvailabilityZone, [property: Key(4)] long? Port);

using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A cluster. A managed cluster has a <see cref="Size"/> and a <see cref="ReplicationFactor"/> and
/// Materialize creates its replicas; an unmanaged one has the replicas its owner created.
/// </summary>
public sealed record Cluster(
    string Id,
    string Name,
    string OwnerId,
    ImmutableArray<AclItem> Privileges,
    bool Managed,
    string? Size,
    int ReplicationFactor,
    ImmutableArray<ClusterReplica> Replicas)
{
    public bool IsSystem => Id.StartsWith('s');
}

public sealed record ClusterReplica(string Id, string Name, string Size);

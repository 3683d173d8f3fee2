using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A source or a sink: where it runs, what it uses, and for each secret it loaded the version it
/// loaded. Running sources and sinks keep the secret versions they loaded until the replicas of
/// their cluster are recreated (spec §4.5).
/// </summary>
public sealed record SourceItem(
    string Id,
    uint Oid,
    string SchemaId,
    string Name,
    string OwnerId,
    ImmutableArray<AclItem> Privileges,
    string? Comment,
    bool IsSink,
    string ClusterId,
    ImmutableArray<string> ConnectionIds,
    ImmutableDictionary<string, int> LoadedSecretVersions) : CatalogItem(Id, Oid, SchemaId, Name, OwnerId, Privileges, Comment)
{
    public override ItemKind Kind => IsSink ? ItemKind.Sink : ItemKind.Source;

    public override ImmutableArray<string> References => ConnectionIds;
}

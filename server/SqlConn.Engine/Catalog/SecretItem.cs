using System.Collections.Immutable;
using SqlConn.Engine.Secrets;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A secret. The value itself is never kept: only its fingerprint (SHA-256, length, detected kind)
/// and a <see cref="Version"/> counter that ALTER SECRET ... AS increments. The fingerprint is null
/// when the simulator could not evaluate the value expression (SC2208). The SHA-256 stays in memory:
/// it is never printed nor saved in snapshots, because the hash of a short password can be reversed
/// by guessing.
/// </summary>
public sealed record SecretItem(
    string Id,
    uint Oid,
    string SchemaId,
    string Name,
    string OwnerId,
    ImmutableArray<AclItem> Privileges,
    string? Comment,
    SecretFingerprint? Value,
    int Version) : CatalogItem(Id, Oid, SchemaId, Name, OwnerId, Privileges, Comment)
{
    public override ItemKind Kind => ItemKind.Secret;

    public override ImmutableArray<string> References => [];
}

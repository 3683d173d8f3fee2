using System.Collections.Immutable;
using SqlConn.Engine.Secrets;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A secret. The value itself is never kept: only its fingerprint (SHA-256, length, detected kind)
/// and a <see cref="Version"/> counter that ALTER SECRET ... AS increments.
/// </summary>
public sealed record SecretItem(
    string Id,
    uint Oid,
    string SchemaId,
    string Name,
    string OwnerId,
    ImmutableArray<AclItem> Privileges,
    string? Comment,
    SecretFingerprint Value,
    int Version) : CatalogItem(Id, Oid, SchemaId, Name, OwnerId, Privileges, Comment)
{
    public override ItemKind Kind => ItemKind.Secret;

    public override ImmutableArray<string> References => [];
}

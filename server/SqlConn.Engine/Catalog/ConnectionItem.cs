using System.Collections.Immutable;
using SqlConn.Engine.Connections;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A connection: its type, its options (validated, references resolved to ids, in canonical order)
/// and what Materialize generated for it (SSH public keys). Its <c>create_sql</c> is printed from
/// these on demand, so renamed references always show their current names.
/// </summary>
public sealed record ConnectionItem(
    string Id,
    uint Oid,
    string SchemaId,
    string Name,
    string OwnerId,
    ImmutableArray<AclItem> Privileges,
    string? Comment,
    ConnectionKind Type,
    ImmutableArray<StoredOption> Options,
    SshKeys? SshKeys) : CatalogItem(Id, Oid, SchemaId, Name, OwnerId, Privileges, Comment)
{
    public override ItemKind Kind => ItemKind.Connection;

    public override ImmutableArray<string> References { get; } = [.. Options.SelectMany(o => o.Value.References).Distinct()];

    public StoredOption? Option(string name) => Options.FirstOrDefault(o => o.Name == name);
}

/// <summary>
/// The two public keys of an SSH tunnel connection, and how many times they were rotated since the
/// script last said the bastion was updated (<c>-- sqlconn: bastion-updated</c>). The private keys
/// are never kept (see Ssh/).
/// </summary>
public sealed record SshKeys(string PublicKey1, string PublicKey2, int RotationsSinceBastionUpdate);

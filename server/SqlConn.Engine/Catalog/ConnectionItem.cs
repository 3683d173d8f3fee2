using System.Collections.Immutable;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Ssh;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A connection: its type, its options (validated, references resolved to ids, in canonical order)
/// and what Materialize generated for it (SSH public keys). Its <c>create_sql</c> is printed from
/// these on demand, so renamed references always show their current names.
/// </summary>
/// <remarks>
/// The last printed create_sql is kept as a memo: queries over mz_connections read it for every row.
/// It holds the item it was printed for (a <c>with</c> copy, which shares the holder, is another item) and the
/// catalog's <see cref="NamesGeneration"/>, and is used only while both are the same.
/// </remarks>
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

    private readonly Memo memo = new();

    /// <summary>
    /// Computed from <see cref="Options"/> (a <c>with</c> copy that changes the options must not keep the
    /// old references), in order, each once; options name few items, so a list is enough. Remembered
    /// with the options array they were computed from: every catalog write reads them twice, and a copy
    /// that keeps the options (GRANT, COMMENT, OWNER) keeps them too.
    /// </summary>
    public override ImmutableArray<string> References
    {
        get
        {
            if (memo.References is { } known && known.Options == Options)
            {
                return known.Ids;
            }

            var references = ImmutableArray.CreateBuilder<string>();
            foreach (var option in Options)
            {
                foreach (var reference in option.Value.References)
                {
                    if (!references.Contains(reference))
                    {
                        references.Add(reference);
                    }
                }
            }

            var ids = references.DrainToImmutable();
            memo.References = new OptionReferenceIds(Options, ids);
            return ids;
        }
    }

    public StoredOption? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    /// <summary>The normalised statement Materialize stores for the connection (spec §4.2), with the catalog's current names.</summary>
    public string CreateSql(Catalog catalog)
    {
        if (memo.Printed is { } printed && ReferenceEquals(printed.Item, this) && ReferenceEquals(printed.Names, catalog.Names))
        {
            return printed.Sql;
        }

        var sql = Connections.CreateSql.Of(this, catalog);
        memo.Printed = new PrintedCreateSql(this, catalog.Names, sql);
        return sql;
    }

    private sealed record PrintedCreateSql(ConnectionItem Item, NamesGeneration Names, string Sql);

    private sealed record OptionReferenceIds(ImmutableArray<StoredOption> Options, ImmutableArray<string> Ids);

    /// <summary>The memos' holder: a cache, so it takes no part in the item's equality.</summary>
    private sealed class Memo
    {
        public PrintedCreateSql? Printed { get; set; }

        public OptionReferenceIds? References { get; set; }

        public override bool Equals(object? obj) => obj is Memo;

        public override int GetHashCode() => 0;
    }
}

/// <summary>
/// The two public keys of an SSH tunnel connection, and how many times they were rotated since the
/// script last said the bastion was updated (<c>-- sqlconn: bastion-updated</c>). The private keys
/// are never kept (see Ssh/).
/// </summary>
public sealed record SshKeys(SshPublicKey PublicKey1, SshPublicKey PublicKey2, int RotationsSinceBastionUpdate);

using System.Collections.Immutable;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Catalog;

/// <summary>The kinds of catalog items the simulator tracks.</summary>
public enum ItemKind
{
    Connection,
    Secret,
    Source,
    Sink,
}

/// <summary>
/// A schema-level catalog item. Connections, secrets, sources and sinks share one namespace per
/// schema and one id sequence. <see cref="References"/> are the ids of the items it depends on
/// (a connection on its secrets and tunnels, a source on its connections), which DROP follows.
/// </summary>
public abstract record CatalogItem(
    string Id,
    uint Oid,
    string SchemaId,
    string Name,
    string OwnerId,
    ImmutableArray<AclItem> Privileges,
    string? Comment)
{
    public abstract ItemKind Kind { get; }

    public abstract ImmutableArray<string> References { get; }

    /// <summary>The kind as Materialize writes it in messages: <c>connection</c>, <c>secret</c>...</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    /// <summary>
    /// <see cref="Name"/> as a SQL value, made once per name: SHOW and the system tables read it for every item
    /// they scan, a filter on the name even for the items it rejects.
    /// </summary>
    public SqlValue NameValue => nameValue.For(Name);

    private readonly NameValueMemo nameValue = new();

    /// <summary>
    /// The value of the last name read: a cache, shared with the item's later versions (<c>with</c> copies it, so it
    /// checks the name it was made for), that takes no part in the item's equality. Reading and replacing one
    /// reference to an immutable value is safe from any thread.
    /// </summary>
    private sealed class NameValueMemo
    {
        private SqlText? value;

        public SqlText For(string name)
        {
            var known = value;
            return known is not null && ReferenceEquals(known.Value, name) ? known : value = new SqlText(name);
        }

        public override bool Equals(object? obj) => obj is NameValueMemo;

        public override int GetHashCode() => 0;
    }
}

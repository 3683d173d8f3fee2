using System.Collections.Immutable;

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
}

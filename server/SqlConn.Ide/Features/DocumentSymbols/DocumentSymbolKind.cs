namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>What a document symbol is: an object a statement creates, or one of its options.</summary>
public enum DocumentSymbolKind
{
    Secret,
    Connection,
    Source,
    Sink,
    Role,
    Cluster,

    /// <summary>A CockroachDB external connection.</summary>
    ExternalConnection,

    /// <summary>An option of a connection, cluster, source or sink.</summary>
    Option,
}

namespace SqlConn.Ide.Symbols;

/// <summary>
/// The kinds of objects the editor features navigate: what the simulator's catalog holds by name.
/// Roles are Materialize's or, in CockroachDB scripts, CockroachDB's users and roles.
/// </summary>
public enum SymbolKind
{
    Secret,
    Connection,
    Source,
    Sink,
    Role,
    Cluster,

    /// <summary>A CockroachDB external connection.</summary>
    ExternalConnection,
}

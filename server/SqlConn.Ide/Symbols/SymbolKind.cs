namespace SqlConn.Ide.Symbols;

/// <summary>The kinds of objects the editor features navigate: what the simulator's catalog holds by name.</summary>
public enum SymbolKind
{
    Secret,
    Connection,
    Source,
    Sink,
    Role,
    Cluster,
}

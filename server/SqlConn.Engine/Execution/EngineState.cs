namespace SqlConn.Engine.Execution;

/// <summary>The state a statement runs in: the catalog and the session. Immutable.</summary>
public sealed record EngineState(Catalog.Catalog Catalog, Session Session);

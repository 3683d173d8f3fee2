namespace SqlConn.Ide.Symbols;

/// <summary>
/// An object of the catalog, by identity: its kind and its catalog id. The id survives renames and
/// changes when an object is dropped and created again, so two names denote the same symbol exactly
/// when they denote the same object. CockroachDB's users, roles and external connections have no id:
/// their (normalized) name stands for it.
/// </summary>
public sealed record Symbol(SymbolKind Kind, string Id);

using System.Collections.Immutable;

namespace SqlConn.Engine.Connections;

/// <summary>A connection definition that passed every check: its options in canonical order, and the warnings.</summary>
internal sealed record PlannedConnection(ImmutableArray<StoredOption> Options, ImmutableArray<EngineError> Warnings);

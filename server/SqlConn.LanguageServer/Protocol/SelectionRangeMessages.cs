using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record SelectionRangeParams(TextDocumentIdentifier TextDocument, ImmutableArray<Position> Positions);

/// <summary>A range holding a position, and the next larger range that holds it (<see cref="Parent"/>).</summary>
public sealed record SelectionRange(Range Range, SelectionRange? Parent = null);

using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// A name written in a statement, as the syntax sees it: the kind of object it must name
/// (<see cref="Expected"/>), for a connection the type its place calls for when there is one
/// (<c>SSH TUNNEL x</c> needs an SSH tunnel), and its role. For a <see cref="OccurrenceRole.NewName"/>,
/// <see cref="Renamed"/> is the name of the object renamed. <see cref="IsString"/> marks a name written as a
/// string literal (CockroachDB's <c>'name'</c>). Spans are relative to the statement's chunk.
/// </summary>
public sealed record NameOccurrence(
    ObjectName Name,
    SymbolKind Expected,
    OccurrenceRole Role,
    ConnectionKind? ConnectionType = null,
    ObjectName? Renamed = null,
    bool IsString = false);

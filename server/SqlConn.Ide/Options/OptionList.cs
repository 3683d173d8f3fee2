using System.Collections.Immutable;
using SqlConn.Engine.Connections;

namespace SqlConn.Ide.Options;

/// <summary>
/// A connection option list of a statement, found from tokens: the type whose options it takes, the
/// index of its first token (<see cref="Start"/>) and of its closing parenthesis (<see cref="End"/>, or
/// the number of tokens when it is not closed yet), and its slots.
/// </summary>
internal sealed record OptionList(ConnectionTypeSpec Spec, int Start, int End, bool Parenthesized, ImmutableArray<OptionSegment> Segments)
{
    /// <summary>Whether a cursor after <paramref name="tokensBefore"/> tokens is inside the list.</summary>
    public bool Holds(int tokensBefore) => Start <= tokensBefore && tokensBefore <= End;

    /// <summary>The slot a cursor after <paramref name="tokensBefore"/> tokens is in.</summary>
    public OptionSegment SegmentAt(int tokensBefore) => Segments.Last(s => s.Start <= tokensBefore);
}

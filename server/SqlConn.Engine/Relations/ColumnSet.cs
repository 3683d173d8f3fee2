namespace SqlConn.Engine.Relations;

/// <summary>
/// A set of column positions of a relation: the columns a query reads, which a computed relation must
/// fill (the others may be NULL). Positions from 64 on are always in the set, so a wide relation is
/// simply computed whole.
/// </summary>
public readonly record struct ColumnSet(ulong Bits)
{
    public static ColumnSet None => default;

    public static ColumnSet All => new(ulong.MaxValue);

    public bool Contains(int column) => column >= 64 || (Bits & (1UL << column)) != 0;

    public ColumnSet With(int column) => column >= 64 ? this : new ColumnSet(Bits | (1UL << column));
}

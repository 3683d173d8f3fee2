using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// The value at <see cref="Index"/> of the row <see cref="Depth"/> query levels out (0 is the
/// current row). <see cref="Display"/> is the name for messages, <c>table.column</c> when it belongs to a table.
/// </summary>
internal sealed record BoundColumn(int Depth, int Index, SqlType ColumnType, string Display, Location Location) : BoundLeaf
{
    public override SqlType Type => ColumnType;

    public override SqlValue Evaluate(RowContext row) => row.Level(Depth).Values[Index];
}

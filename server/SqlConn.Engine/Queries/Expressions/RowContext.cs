using System.Collections.Immutable;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// The row an expression is evaluated on, and the rows of the enclosing queries that a correlated
/// subquery can see (<see cref="Outer"/>, one per level).
/// </summary>
internal sealed class RowContext(ImmutableArray<SqlValue> values, RowContext? outer, QueryExecution execution)
{
    public ImmutableArray<SqlValue> Values { get; } = values;

    public RowContext? Outer { get; } = outer;

    public QueryExecution Execution { get; } = execution;

    /// <summary>The row <paramref name="depth"/> levels out (0 is this one).</summary>
    public RowContext Level(int depth)
    {
        var row = this;
        for (var i = 0; i < depth; i++)
        {
            row = row.Outer ?? throw new InvalidOperationException("a bound column refers to a missing outer row");
        }

        return row;
    }
}

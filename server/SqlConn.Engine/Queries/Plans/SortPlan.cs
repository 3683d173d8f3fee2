using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>One ORDER BY key: a column of the rows being sorted.</summary>
internal sealed record SortKey(int Column, bool Descending, bool NullsFirst);

/// <summary>A stable sort of the input by <see cref="Keys"/>, in order.</summary>
internal sealed record SortPlan(Plan Input, ImmutableArray<SortKey> Keys) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        [.. Input.Execute(execution, outer).Order(Comparer<ImmutableArray<SqlValue>>.Create(Compare))];

    private int Compare(ImmutableArray<SqlValue> x, ImmutableArray<SqlValue> y)
    {
        foreach (var key in Keys)
        {
            var order = SortOrder.Compare(x[key.Column], y[key.Column], key.Descending, key.NullsFirst);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}

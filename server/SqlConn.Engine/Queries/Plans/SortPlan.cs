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

    /// <summary>
    /// The first <paramref name="count"/> rows of the sorted input, as <see cref="Execute(QueryExecution, RowContext?)"/>
    /// orders them (<c>ORDER BY ... LIMIT n</c>), without sorting the rest: the rows kept so far are in order, a row
    /// that sorts after the last of a full buffer costs one comparison, and any other is inserted after the kept
    /// rows it does not sort before, which keeps the sort stable.
    /// </summary>
    public IReadOnlyList<ImmutableArray<SqlValue>> ExecuteFirst(QueryExecution execution, RowContext? outer, int count)
    {
        var kept = new List<ImmutableArray<SqlValue>>(count);
        foreach (var row in Input.Execute(execution, outer))
        {
            if (kept.Count == count && (count == 0 || Compare(row, kept[^1]) >= 0))
            {
                continue;
            }

            if (kept.Count == count)
            {
                kept.RemoveAt(count - 1);
            }

            kept.Insert(After(kept, row), row);
        }

        return kept;
    }

    /// <summary>The position after the last of the sorted <paramref name="rows"/> that <paramref name="row"/> does not sort before.</summary>
    private int After(List<ImmutableArray<SqlValue>> rows, ImmutableArray<SqlValue> row)
    {
        int low = 0, high = rows.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = Compare(row, rows[middle]) < 0 ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

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

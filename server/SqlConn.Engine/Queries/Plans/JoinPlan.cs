using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>An equality between a column of the left input and one of the right input.</summary>
internal sealed record JoinKey(int Left, int Right);

/// <summary>
/// A join. Output rows are the merged USING columns (<see cref="Merged"/>, the left value for INNER
/// and LEFT joins, the right one for RIGHT, the non-NULL one for FULL), then the left row, then the
/// right row. Rows pair when all <see cref="Keys"/> are equal and not NULL (a hash join) and
/// <see cref="Condition"/>, evaluated on the output row, is true; outer joins add the unpaired rows
/// padded with NULLs.
/// </summary>
internal sealed record JoinPlan(
    Plan Left, int LeftWidth, JoinKind Kind, Plan Right, int RightWidth,
    ImmutableArray<JoinKey> Keys, BoundExpression? Condition, ImmutableArray<JoinKey> Merged) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer)
    {
        if (Kind is JoinKind.Inner or JoinKind.Left && Keys is [var indexKey] && Right is ScanPlan { Relation.Index: { } rightIndex } scan && rightIndex.Covers(indexKey.Right))
        {
            return IndexLookupJoin(execution, outer, indexKey, rightIndex, scan.ColumnsRead(execution));
        }

        var left = Left.Execute(execution, outer);
        var right = Right.Execute(execution, outer);
        var rightMatched = new bool[right.Count];
        var result = new List<ImmutableArray<SqlValue>>();
        var candidates = Candidates(right);
        var allRight = Enumerable.Range(0, right.Count).ToArray();
        foreach (var leftRow in left)
        {
            var matched = false;
            IReadOnlyList<int> rows = candidates is null ? allRight
                : KeyOf(leftRow, k => k.Left) is { } key && candidates.TryGetValue(key, out var paired) ? paired
                : [];
            foreach (var index in rows)
            {
                var row = Combine(leftRow, right[index]);
                if (Condition is null || SqlBool.IsTrue(Condition.Evaluate(new RowContext(row, outer, execution))))
                {
                    result.Add(row);
                    matched = true;
                    rightMatched[index] = true;
                }
            }

            if (!matched && Kind is JoinKind.Left or JoinKind.Full)
            {
                result.Add(Combine(leftRow, Nulls(RightWidth)));
            }
        }

        if (Kind is JoinKind.Right or JoinKind.Full)
        {
            var padding = Nulls(LeftWidth);
            result.AddRange(right.Where((_, i) => !rightMatched[i]).Select(row => Combine(padding, row)));
        }

        return result;
    }

    /// <summary>
    /// The join of each left row with the right rows its key finds in the right relation's index: a
    /// few lookups instead of reading the whole relation when the left input is small (a filtered scan).
    /// </summary>
    private List<ImmutableArray<SqlValue>> IndexLookupJoin(QueryExecution execution, RowContext? outer, JoinKey key, RowIndex index, ColumnSet columns)
    {
        var result = new List<ImmutableArray<SqlValue>>();
        foreach (var leftRow in Left.Execute(execution, outer))
        {
            var matched = false;
            if (!leftRow[key.Left].IsNull)
            {
                foreach (var rightRow in index.Lookup(key.Right, leftRow[key.Left], columns))
                {
                    var row = Combine(leftRow, rightRow);
                    if (Condition is null || SqlBool.IsTrue(Condition.Evaluate(new RowContext(row, outer, execution))))
                    {
                        result.Add(row);
                        matched = true;
                    }
                }
            }

            if (!matched && Kind == JoinKind.Left)
            {
                result.Add(Combine(leftRow, Nulls(RightWidth)));
            }
        }

        return result;
    }

    /// <summary>
    /// This join with the WHERE equality <c>column a = column b</c> (positions in its output) made a
    /// join key, here or in a nested join, when both sides of an inner or cross join hold one of the
    /// columns; null when the equality cannot move into the join.
    /// </summary>
    public JoinPlan? WithKey(int a, int b)
    {
        if (Kind is not (JoinKind.Inner or JoinKind.Cross) || !Merged.IsEmpty)
        {
            return null;
        }

        var (low, high) = a < b ? (a, b) : (b, a);
        if (low < LeftWidth && high >= LeftWidth)
        {
            return this with { Kind = JoinKind.Inner, Keys = Keys.Add(new JoinKey(low, high - LeftWidth)) };
        }

        return high < LeftWidth && Left is JoinPlan leftJoin && leftJoin.WithKey(low, high) is { } newLeft ? this with { Left = newLeft }
            : low >= LeftWidth && Right is JoinPlan rightJoin && rightJoin.WithKey(low - LeftWidth, high - LeftWidth) is { } newRight ? this with { Right = newRight }
            : null;
    }

    private Dictionary<ImmutableArray<SqlValue>, List<int>>? Candidates(IReadOnlyList<ImmutableArray<SqlValue>> right)
    {
        if (Keys.IsEmpty)
        {
            return null;
        }

        var table = new Dictionary<ImmutableArray<SqlValue>, List<int>>(RowEqualityComparer.Instance);
        for (var i = 0; i < right.Count; i++)
        {
            if (KeyOf(right[i], k => k.Right) is { } key)
            {
                if (!table.TryGetValue(key, out var rows))
                {
                    table.Add(key, rows = []);
                }

                rows.Add(i);
            }
        }

        return table;
    }

    /// <summary>The key values of a row, or null when one is NULL (it pairs with nothing).</summary>
    private ImmutableArray<SqlValue>? KeyOf(ImmutableArray<SqlValue> row, Func<JoinKey, int> column)
    {
        var key = Keys.Select(k => row[column(k)]).ToImmutableArray();
        return key.Any(v => v.IsNull) ? null : key;
    }

    private ImmutableArray<SqlValue> Combine(ImmutableArray<SqlValue> left, ImmutableArray<SqlValue> right)
    {
        var row = ImmutableArray.CreateBuilder<SqlValue>(Merged.Length + left.Length + right.Length);
        foreach (var merged in Merged)
        {
            row.Add(Kind switch
            {
                JoinKind.Right => right[merged.Right],
                JoinKind.Full when left[merged.Left].IsNull => right[merged.Right],
                _ => left[merged.Left],
            });
        }

        row.AddRange(left);
        row.AddRange(right);
        return row.MoveToImmutable();
    }

    private static ImmutableArray<SqlValue> Nulls(int width) => [.. Enumerable.Repeat(SqlValue.Null, width)];
}

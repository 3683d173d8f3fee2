using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// UNION, INTERSECT and EXCEPT. Without ALL the result has no duplicates; with ALL a row appears as
/// often as in the left input plus (UNION), at most (INTERSECT) or minus (EXCEPT) the right one.
/// </summary>
internal sealed record SetOperationPlan(Plan Left, SetOperator Operator, bool All, Plan Right) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer)
    {
        var left = Left.Execute(execution, outer);
        var right = Right.Execute(execution, outer);
        if (Operator == SetOperator.Union)
        {
            var union = left.Concat(right);
            return [.. All ? union : union.Distinct(RowEqualityComparer.Instance)];
        }

        var counts = new Dictionary<ImmutableArray<SqlValue>, int>(RowEqualityComparer.Instance);
        foreach (var row in right)
        {
            counts[row] = counts.GetValueOrDefault(row) + 1;
        }

        var result = new List<ImmutableArray<SqlValue>>();
        var emitted = new HashSet<ImmutableArray<SqlValue>>(RowEqualityComparer.Instance);
        foreach (var row in left)
        {
            var inRight = counts.GetValueOrDefault(row);
            if (All)
            {
                if ((Operator == SetOperator.Intersect) == (inRight > 0))
                {
                    result.Add(row);
                }

                if (inRight > 0)
                {
                    counts[row] = inRight - 1;
                }
            }
            else if ((Operator == SetOperator.Intersect) == (inRight > 0) && emitted.Add(row))
            {
                result.Add(row);
            }
        }

        return result;
    }
}

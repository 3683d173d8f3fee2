using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// The rows for which <see cref="Predicate"/> is true (WHERE, HAVING). Over a scan (or a prefix scan), the predicate is
/// given to the relation, so that a computed relation does not build the rows it rejects.
/// </summary>
internal sealed record FilterPlan(Plan Input, BoundExpression Predicate) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer)
    {
        // A computed relation refills a rejected row's array for its next item (ItemRelation), so the
        // row's context is made once per array, not once per item read: it reads the values it wraps.
        RowContext? context = null;
        bool Keep(ImmutableArray<SqlValue> row)
        {
            if (context is null || context.Values != row)
            {
                context = new RowContext(row, outer, execution);
            }

            return SqlBool.IsTrue(Predicate.Evaluate(context));
        }

        return Input switch
        {
            ScanPlan scan => scan.Execute(execution, new RowFilter(ColumnsRead(), Keep)),
            PrefixScanPlan prefix => prefix.Execute(execution, new RowFilter(ColumnsRead(), Keep)),
            _ => [.. Input.Execute(execution, outer).Where(Keep)],
        };
    }

    /// <summary>The columns of the input rows the predicate reads: all of them when it has a subquery, which may read the row too.</summary>
    private ColumnSet ColumnsRead()
    {
        var columns = ColumnSet.None;
        foreach (var node in Predicate.DescendantsAndSelf())
        {
            switch (node)
            {
                case BoundSubquery:
                    return ColumnSet.All;
                case BoundColumn { Depth: 0, Index: var index }:
                    columns = columns.With(index);
                    break;
            }
        }

        return columns;
    }
}

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
        bool Keep(ImmutableArray<SqlValue> row) => SqlBool.IsTrue(Predicate.Evaluate(new RowContext(row, outer, execution)));
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

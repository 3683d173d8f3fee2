using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// A step of a bound query that produces rows: scans, joins, filters, projections, grouping,
/// sorting, limits and set operations. <paramref name="outer"/> in <see cref="Execute"/> is the row
/// of the enclosing query when the plan is a correlated subquery.
/// </summary>
internal abstract record Plan
{
    public abstract IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer);
}

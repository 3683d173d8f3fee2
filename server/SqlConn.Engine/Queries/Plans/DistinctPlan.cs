using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The input without duplicate rows, keeping the first of each.</summary>
internal sealed record DistinctPlan(Plan Input) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        [.. Input.Execute(execution, outer).Distinct(RowEqualityComparer.Instance)];
}

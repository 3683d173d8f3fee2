using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The rows of a catalog relation.</summary>
internal sealed record ScanPlan(Relation Relation) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) => Relation.Rows;
}

/// <summary>The one empty row a SELECT without FROM reads.</summary>
internal sealed record SingleRowPlan : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        [ImmutableArray<SqlValue>.Empty];
}

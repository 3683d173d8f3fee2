using System.Collections.Immutable;
using SqlConn.Engine.Queries.Binding;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// The rows of a catalog relation, with the columns the query reads of <see cref="Table"/> (every
/// column when the scan belongs to no FROM item).
/// </summary>
internal sealed record ScanPlan(Relation Relation, ScopeTable? Table) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) => Relation.Read(ColumnsRead(execution));

    /// <summary>The rows <paramref name="keep"/> accepts: a computed relation builds no other row.</summary>
    public IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowFilter keep) => Relation.Read(ColumnsRead(execution), keep);

    public ColumnSet ColumnsRead(QueryExecution execution) => Table is null ? ColumnSet.All : execution.ColumnsRead(Table);
}

/// <summary>The one empty row a SELECT without FROM reads.</summary>
internal sealed record SingleRowPlan : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        [ImmutableArray<SqlValue>.Empty];
}

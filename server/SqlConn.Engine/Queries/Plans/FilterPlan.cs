using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The rows for which <see cref="Predicate"/> is true (WHERE, HAVING).</summary>
internal sealed record FilterPlan(Plan Input, BoundExpression Predicate) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        [.. Input.Execute(execution, outer).Where(row => SqlBool.IsTrue(Predicate.Evaluate(new RowContext(row, outer, execution))))];
}

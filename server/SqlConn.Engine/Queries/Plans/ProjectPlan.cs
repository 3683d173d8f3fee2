using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>One output row per input row, made of <see cref="Expressions"/>.</summary>
internal sealed record ProjectPlan(Plan Input, ImmutableArray<BoundExpression> Expressions) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        [.. Input.Execute(execution, outer).Select(row =>
        {
            var context = new RowContext(row, outer, execution);
            return Expressions.Select(e => e.Evaluate(context)).ToImmutableArray();
        })];
}

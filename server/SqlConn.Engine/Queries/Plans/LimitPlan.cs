using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The integer expression of a LIMIT or OFFSET and where it was written.</summary>
internal sealed record LimitValue(BoundExpression Expression, TextSpan Span);

/// <summary>
/// <c>OFFSET o LIMIT n</c>: evaluated once; NULL means no limit (or offset 0), a negative value is an
/// error.
/// </summary>
internal sealed record LimitPlan(Plan Input, LimitValue? Count, LimitValue? Offset) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer)
    {
        var context = new RowContext([], outer, execution);
        var offset = Evaluate(Offset, "OFFSET", context) ?? 0;
        var count = Evaluate(Count, "LIMIT", context);
        var rows = Input.Execute(execution, outer).Skip((int)Math.Min(offset, int.MaxValue));
        return [.. count is { } n ? rows.Take((int)Math.Min(n, int.MaxValue)) : rows];
    }

    private static long? Evaluate(LimitValue? limit, string clause, RowContext context) =>
        limit?.Expression.Evaluate(context) switch
        {
            SqlInteger { Value: < 0 } => throw QueryErrors.NegativeLimit(clause, limit.Span),
            SqlInteger value => value.Value,
            _ => null,
        };
}

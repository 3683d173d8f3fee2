using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The integer expression of a LIMIT or OFFSET and where it was written.</summary>
internal sealed record LimitValue(BoundExpression Expression, TextSpan Span);

/// <summary>
/// <c>OFFSET o LIMIT n</c>: evaluated once; NULL means no limit (or offset 0), a negative value is an
/// error. Over a sort, and for up to <see cref="MostRowsKeptBySort"/> rows, only the rows it returns are
/// sorted (a top-n sort).
/// </summary>
internal sealed record LimitPlan(Plan Input, LimitValue? Count, LimitValue? Offset) : Plan
{
    /// <summary>
    /// The most rows a sort below keeps in order as they come instead of sorting its whole input: inserting
    /// into the kept rows costs up to their number per row, which for a large LIMIT would cost more than the sort.
    /// </summary>
    private const long MostRowsKeptBySort = 1_000;

    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer)
    {
        var context = new RowContext([], outer, execution);
        var offset = Evaluate(Offset, "OFFSET", context) ?? 0;
        var count = Evaluate(Count, "LIMIT", context);
        var input = Input is SortPlan sort && count is { } limit && limit <= MostRowsKeptBySort && offset <= MostRowsKeptBySort - limit
            ? sort.ExecuteFirst(execution, outer, (int)(offset + limit))
            : Input.Execute(execution, outer);
        var rows = input.Skip((int)Math.Min(offset, int.MaxValue));
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

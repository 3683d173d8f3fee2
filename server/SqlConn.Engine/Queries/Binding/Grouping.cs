using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SqlConn.Engine.Queries.Expressions;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// Turns expressions over the input rows of a grouped query into expressions over its grouped rows
/// (the GROUP BY values, then the aggregates): a part equal to a GROUP BY expression becomes that
/// key, an aggregate becomes its result, and any other column of the input is an error.
/// </summary>
internal sealed class Grouping(ImmutableArray<BoundExpression> keys, BindingSession session)
{
    private readonly List<BoundAggregate> aggregates = [];

    public ImmutableArray<BoundExpression> Keys => keys;

    public ImmutableArray<BoundAggregate> Aggregates => [.. aggregates];

    public BoundExpression Rewrite(BoundExpression expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var key = keys.IndexOf(expression);
        if (key >= 0)
        {
            return new BoundColumn(0, key, expression.Type, string.Empty, default);
        }

        switch (expression)
        {
            case BoundAggregate aggregate:
                var index = aggregates.IndexOf(aggregate);
                if (index < 0)
                {
                    index = aggregates.Count;
                    aggregates.Add(aggregate);
                }

                return new BoundColumn(0, keys.Length + index, aggregate.Type, aggregate.Function.Name, aggregate.Location);
            case BoundColumn { Depth: 0 } column:
                throw QueryErrors.UngroupedColumnError(column.Display, column.Location.Span);
            case BoundSubquery { Correlated: true } subquery:
                return session.Unsupported("correlated subqueries in grouped queries", subquery.Location.Span);
            default:
                return expression.MapChildren(Rewrite);
        }
    }
}

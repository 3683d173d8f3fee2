using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Functions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// One aggregate of one group. Plain aggregates stream their arguments into the accumulator; with
/// DISTINCT or ORDER BY the arguments are kept, deduplicated and sorted, then fed at the end.
/// </summary>
internal sealed class AggregateState(BoundAggregate aggregate)
{
    private readonly Accumulator accumulator = aggregate.Function.Create(aggregate.Location.Span);

    private readonly List<(ImmutableArray<SqlValue> Arguments, ImmutableArray<SqlValue> SortValues)>? kept =
        aggregate.Distinct || aggregate.OrderBy.Count > 0 ? [] : null;

    public void Add(RowContext row)
    {
        var arguments = aggregate.Arguments.Items.Select(a => a.Evaluate(row)).ToImmutableArray();
        if (kept is null)
        {
            accumulator.Add(arguments);
        }
        else
        {
            kept.Add((arguments, [.. aggregate.OrderBy.Select(k => k.Expression.Evaluate(row))]));
        }
    }

    public SqlValue Result()
    {
        if (kept is not null)
        {
            IEnumerable<(ImmutableArray<SqlValue> Arguments, ImmutableArray<SqlValue> SortValues)> inputs = kept;
            if (aggregate.Distinct)
            {
                inputs = inputs.DistinctBy(i => i.Arguments, RowEqualityComparer.Instance);
            }

            foreach (var input in inputs.Order(Comparer<(ImmutableArray<SqlValue> Arguments, ImmutableArray<SqlValue> SortValues)>.Create(Compare)))
            {
                accumulator.Add(input.Arguments);
            }
        }

        return accumulator.Result();
    }

    private int Compare(
        (ImmutableArray<SqlValue> Arguments, ImmutableArray<SqlValue> SortValues) x,
        (ImmutableArray<SqlValue> Arguments, ImmutableArray<SqlValue> SortValues) y)
    {
        for (var i = 0; i < aggregate.OrderBy.Count; i++)
        {
            var key = aggregate.OrderBy[i];
            var order = SortOrder.Compare(x.SortValues[i], y.SortValues[i], key.Descending, key.NullsFirst);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}

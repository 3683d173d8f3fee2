using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// GROUP BY: one output row per distinct value of <see cref="Keys"/> (in order of first appearance),
/// made of the key values then the <see cref="Aggregates"/>' results. Without keys the whole input is
/// one group, so an empty input still yields one row (<c>count(*)</c> = 0).
/// </summary>
internal sealed record AggregatePlan(Plan Input, ImmutableArray<BoundExpression> Keys, ImmutableArray<BoundAggregate> Aggregates) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer)
    {
        var groups = new Dictionary<ImmutableArray<SqlValue>, AggregateState[]>(RowEqualityComparer.Instance);
        var keysInOrder = new List<ImmutableArray<SqlValue>>();
        foreach (var row in Input.Execute(execution, outer))
        {
            var context = new RowContext(row, outer, execution);
            var key = Keys.Select(k => k.Evaluate(context)).ToImmutableArray();
            if (!groups.TryGetValue(key, out var states))
            {
                groups.Add(key, states = NewGroup());
                keysInOrder.Add(key);
            }

            foreach (var state in states)
            {
                state.Add(context);
            }
        }

        if (Keys.IsEmpty && keysInOrder.Count == 0)
        {
            groups.Add([], NewGroup());
            keysInOrder.Add([]);
        }

        return [.. keysInOrder.Select(key => key.AddRange(groups[key].Select(s => s.Result())))];
    }

    private AggregateState[] NewGroup() => [.. Aggregates.Select(a => new AggregateState(a))];
}

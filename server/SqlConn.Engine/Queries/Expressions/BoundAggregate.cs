using SqlConn.Engine.Queries.Functions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>An aggregate's ORDER BY key, e.g. <c>string_agg(name, ',' ORDER BY name DESC)</c>.</summary>
internal sealed record BoundSortKey(BoundExpression Expression, bool Descending, bool NullsFirst);

/// <summary>
/// An aggregate call as written in the select list, HAVING or ORDER BY, over the input rows. It
/// exists only during binding: the grouping step computes it per group and replaces it with a
/// column of the grouped row.
/// </summary>
internal sealed record BoundAggregate(
    AggregateFunction Function, EquatableArray<BoundExpression> Arguments, bool Distinct, EquatableArray<BoundSortKey> OrderBy, Location Location)
    : BoundExpression
{
    public override SqlType Type => Function.ReturnType;

    public override IEnumerable<BoundExpression> Children => [.. Arguments, .. OrderBy.Select(k => k.Expression)];

    public override SqlValue Evaluate(RowContext row) =>
        throw new InvalidOperationException("aggregates are computed by the grouping step, not evaluated per row");

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Arguments = Arguments.Select(map), OrderBy = new([.. OrderBy.Select(k => k with { Expression = map(k.Expression) })]) };
}

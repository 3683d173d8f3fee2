using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>x::t</c> (or an implicit conversion the binder inserted, e.g. to text for <c>||</c>).</summary>
internal sealed record BoundCast(BoundExpression Operand, CastTarget Target, Location Location) : BoundExpression
{
    public override SqlType Type => Target.Type;

    public override IEnumerable<BoundExpression> Children => [Operand];

    public override SqlValue Evaluate(RowContext row) =>
        Conversions.Convert(Operand.Evaluate(row), Operand.Type, Target, Location.Span);

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this with { Operand = map(Operand) };
}

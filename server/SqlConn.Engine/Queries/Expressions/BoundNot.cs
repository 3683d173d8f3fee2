using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>NOT a</c>: NULL stays NULL.</summary>
internal sealed record BoundNot(BoundExpression Operand) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Operand];

    public override SqlValue Evaluate(RowContext row) => SqlBool.From(!SqlBool.Of(Operand.Evaluate(row)));

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => new BoundNot(map(Operand));
}

using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// <c>a AND b</c> and <c>a OR b</c> in three-valued logic: the operator's dominant value (false for
/// AND, true for OR) wins over NULL, and NULL wins over the other value.
/// </summary>
internal sealed record BoundJunction(bool IsOr, BoundExpression Left, BoundExpression Right) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    public override SqlValue Evaluate(RowContext row)
    {
        var dominant = IsOr;
        var left = SqlBool.Of(Left.Evaluate(row));
        if (left == dominant)
        {
            return SqlBool.From(dominant);
        }

        var right = SqlBool.Of(Right.Evaluate(row));
        return right == dominant ? SqlBool.From(dominant) : SqlBool.From(left is null || right is null ? null : !dominant);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this with { Left = map(Left), Right = map(Right) };
}

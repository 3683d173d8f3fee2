using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>a AND b</c>: false wins over NULL, NULL over true.</summary>
internal sealed record BoundAnd(BoundExpression Left, BoundExpression Right) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    public override SqlValue Evaluate(RowContext row)
    {
        var left = SqlBool.Of(Left.Evaluate(row));
        if (left == false)
        {
            return SqlBool.False;
        }

        var right = SqlBool.Of(Right.Evaluate(row));
        return right == false ? SqlBool.False : SqlBool.From(left == true && right == true ? true : null);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => new BoundAnd(map(Left), map(Right));
}

/// <summary><c>a OR b</c>: true wins over NULL, NULL over false.</summary>
internal sealed record BoundOr(BoundExpression Left, BoundExpression Right) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    public override SqlValue Evaluate(RowContext row)
    {
        var left = SqlBool.Of(Left.Evaluate(row));
        if (left == true)
        {
            return SqlBool.True;
        }

        var right = SqlBool.Of(Right.Evaluate(row));
        return right == true ? SqlBool.True : SqlBool.From(left == false && right == false ? false : null);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => new BoundOr(map(Left), map(Right));
}

/// <summary><c>NOT a</c>: NULL stays NULL.</summary>
internal sealed record BoundNot(BoundExpression Operand) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Operand];

    public override SqlValue Evaluate(RowContext row) => SqlBool.From(!SqlBool.Of(Operand.Evaluate(row)));

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => new BoundNot(map(Operand));
}

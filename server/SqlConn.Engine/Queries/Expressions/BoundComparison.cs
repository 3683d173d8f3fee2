using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>a = b</c>, <c>a &lt; b</c>...: operands of one type; NULL when either is NULL.</summary>
internal sealed record BoundComparison(BinaryOperator Operator, BoundExpression Left, BoundExpression Right) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    public override SqlValue Evaluate(RowContext row)
    {
        var left = Left.Evaluate(row);
        var right = Right.Evaluate(row);
        if (left.IsNull || right.IsNull)
        {
            return SqlValue.Null;
        }

        var order = SqlValueComparer.Instance.Compare(left, right);
        return SqlBool.From(Operator switch
        {
            BinaryOperator.Equal => order == 0,
            BinaryOperator.NotEqual => order != 0,
            BinaryOperator.Less => order < 0,
            BinaryOperator.LessOrEqual => order <= 0,
            BinaryOperator.Greater => order > 0,
            BinaryOperator.GreaterOrEqual => order >= 0,
            _ => throw new InvalidOperationException($"{Operator} is not a comparison"),
        });
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        new BoundComparison(Operator, map(Left), map(Right));
}

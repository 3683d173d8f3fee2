using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// Integer <c>+ - * / %</c> on 64-bit values (so overflow is reported as bigint's), with
/// PostgreSQL's division-by-zero error.
/// </summary>
internal sealed record BoundArithmetic(BinaryOperator Operator, BoundExpression Left, BoundExpression Right, Location Location)
    : BoundExpression
{
    public override SqlType Type => SqlType.Integer;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    public override SqlValue Evaluate(RowContext row)
    {
        if (Left.Evaluate(row) is not SqlInteger left || Right.Evaluate(row) is not SqlInteger right)
        {
            return SqlValue.Null;
        }

        if (Operator is BinaryOperator.Divide or BinaryOperator.Modulo && right.Value == 0)
        {
            throw QueryErrors.DivisionByZeroError(Location.Span);
        }

        try
        {
            return SqlValue.Of(Operator switch
            {
                BinaryOperator.Add => checked(left.Value + right.Value),
                BinaryOperator.Subtract => checked(left.Value - right.Value),
                BinaryOperator.Multiply => checked(left.Value * right.Value),
                BinaryOperator.Divide => checked(left.Value / right.Value),
                BinaryOperator.Modulo => right.Value == -1 ? 0 : left.Value % right.Value,
                _ => throw new InvalidOperationException($"{Operator} is not arithmetic"),
            });
        }
        catch (OverflowException)
        {
            throw QueryErrors.OutOfRangeError(CastTarget.BigInt.Name, Location.Span);
        }
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Left = map(Left), Right = map(Right) };
}

/// <summary>Integer negation, <c>-x</c>.</summary>
internal sealed record BoundNegate(BoundExpression Operand, Location Location) : BoundExpression
{
    public override SqlType Type => SqlType.Integer;

    public override IEnumerable<BoundExpression> Children => [Operand];

    public override SqlValue Evaluate(RowContext row) => Operand.Evaluate(row) switch
    {
        SqlInteger { Value: long.MinValue } => throw QueryErrors.OutOfRangeError(CastTarget.BigInt.Name, Location.Span),
        SqlInteger value => SqlValue.Of(-value.Value),
        _ => SqlValue.Null,
    };

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this with { Operand = map(Operand) };
}

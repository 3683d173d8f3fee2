using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// <c>x IS [NOT] NULL | TRUE | FALSE | DISTINCT FROM y</c>: never NULL itself. DISTINCT FROM treats
/// two NULLs as equal and a NULL as different from any value.
/// </summary>
internal sealed record BoundIs(BoundExpression Operand, IsTest Test, BoundExpression? Other, bool Negated) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => Other is null ? [Operand] : [Operand, Other];

    public override SqlValue Evaluate(RowContext row)
    {
        var value = Operand.Evaluate(row);
        var result = Test switch
        {
            IsTest.Null => value.IsNull,
            IsTest.True => SqlBool.Of(value) == true,
            IsTest.False => SqlBool.Of(value) == false,
            _ => IsDistinct(value, Other?.Evaluate(row) ?? SqlValue.Null),
        };
        return SqlBool.From(result != Negated);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Operand = map(Operand), Other = Other is null ? null : map(Other) };

    private static bool IsDistinct(SqlValue left, SqlValue right) =>
        left.IsNull != right.IsNull || (!left.IsNull && SqlValueComparer.Instance.Compare(left, right) != 0);
}

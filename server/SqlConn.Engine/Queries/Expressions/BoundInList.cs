using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// <c>x [NOT] IN (a, b, ...)</c>, items of x's type: true on a match, else NULL when x or an item is
/// NULL, else false (NOT IN negates that, so a NULL item makes NOT IN never true).
/// </summary>
internal sealed record BoundInList(BoundExpression Operand, EquatableArray<BoundExpression> Items, bool Negated) : BoundExpression
{
    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => [Operand, .. Items];

    public override SqlValue Evaluate(RowContext row)
    {
        var value = Operand.Evaluate(row);
        var sawNull = value.IsNull;
        foreach (var item in Items)
        {
            var candidate = item.Evaluate(row);
            if (candidate.IsNull)
            {
                sawNull = true;
            }
            else if (!value.IsNull && SqlValueComparer.Instance.Compare(value, candidate) == 0)
            {
                return SqlBool.From(!Negated);
            }
        }

        return sawNull ? SqlValue.Null : SqlBool.From(Negated);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Operand = map(Operand), Items = Items.Select(map) };
}

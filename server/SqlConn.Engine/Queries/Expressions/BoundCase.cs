using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>One <c>WHEN condition THEN result</c> of a searched CASE.</summary>
internal sealed record BoundWhen(BoundExpression Condition, BoundExpression Result);

/// <summary>
/// <c>CASE WHEN c THEN r ... ELSE e END</c>: the result of the first true condition, else the ELSE
/// value (NULL without one). A simple CASE is bound to this form with equality conditions.
/// </summary>
internal sealed record BoundCase(EquatableArray<BoundWhen> Whens, BoundExpression Else, SqlType ResultType) : BoundExpression
{
    public override SqlType Type => ResultType;

    public override IEnumerable<BoundExpression> Children => [.. Whens.SelectMany(w => new[] { w.Condition, w.Result }), Else];

    public override SqlValue Evaluate(RowContext row)
    {
        foreach (var when in Whens)
        {
            if (SqlBool.IsTrue(when.Condition.Evaluate(row)))
            {
                return when.Result.Evaluate(row);
            }
        }

        return Else.Evaluate(row);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Whens = new([.. Whens.Select(w => new BoundWhen(map(w.Condition), map(w.Result)))]), Else = map(Else) };
}

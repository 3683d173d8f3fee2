using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>COALESCE(a, b, ...)</c>: the first non-NULL argument, evaluating no further.</summary>
internal sealed record BoundCoalesce(EquatableArray<BoundExpression> Arguments, SqlType ResultType) : BoundExpression
{
    public override SqlType Type => ResultType;

    public override IEnumerable<BoundExpression> Children => Arguments;

    public override SqlValue Evaluate(RowContext row)
    {
        foreach (var argument in Arguments)
        {
            var value = argument.Evaluate(row);
            if (!value.IsNull)
            {
                return value;
            }
        }

        return SqlValue.Null;
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this with { Arguments = Arguments.Select(map) };
}

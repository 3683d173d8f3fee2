using System.Collections.Immutable;
using SqlConn.Engine.Queries.Functions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>A call of a scalar function whose arguments already have the parameters' types.</summary>
internal sealed record BoundCall(ScalarFunction Function, EquatableArray<BoundExpression> Arguments, Location Location) : BoundExpression
{
    public override SqlType Type => Function.ReturnType;

    public override IEnumerable<BoundExpression> Children => Arguments;

    public override SqlValue Evaluate(RowContext row)
    {
        var values = Arguments.Items.Select(a => a.Evaluate(row)).ToImmutableArray();
        return Function.Strict && values.Any(v => v.IsNull) ? SqlValue.Null : Function.Body(values, Location.Span);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this with { Arguments = Arguments.Select(map) };
}

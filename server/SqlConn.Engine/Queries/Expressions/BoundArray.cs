using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>ARRAY[a, b, ...]</c> of text.</summary>
internal sealed record BoundArray(EquatableArray<BoundExpression> Elements) : BoundExpression
{
    public override SqlType Type => SqlType.TextArray;

    public override IEnumerable<BoundExpression> Children => Elements;

    public override SqlValue Evaluate(RowContext row) => new SqlArray([.. Elements.Items.Select(e => e.Evaluate(row))]);

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this with { Elements = Elements.Select(map) };
}

/// <summary><c>a[i]</c> on a text[]: 1-based; NULL when out of range.</summary>
internal sealed record BoundSubscript(BoundExpression Array, BoundExpression Index) : BoundExpression
{
    public override SqlType Type => SqlType.Text;

    public override IEnumerable<BoundExpression> Children => [Array, Index];

    public override SqlValue Evaluate(RowContext row) =>
        Array.Evaluate(row) is SqlArray array && Index.Evaluate(row) is SqlInteger index && index.Value >= 1 && index.Value <= array.Items.Length
            ? array.Items[(int)index.Value - 1]
            : SqlValue.Null;

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => new BoundSubscript(map(Array), map(Index));
}

using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// <c>a || b</c>. On text (the binder casts a non-text side to text) it is NULL when either side is;
/// on text[] it appends or concatenates, a NULL array counting as empty.
/// </summary>
internal sealed record BoundConcat(BoundExpression Left, BoundExpression Right, SqlType ResultType) : BoundExpression
{
    public override SqlType Type => ResultType;

    public override IEnumerable<BoundExpression> Children => [Left, Right];

    public override SqlValue Evaluate(RowContext row)
    {
        var left = Left.Evaluate(row);
        var right = Right.Evaluate(row);
        if (ResultType == SqlType.Text)
        {
            return left is SqlText l && right is SqlText r ? SqlValue.Of(l.Value + r.Value) : SqlValue.Null;
        }

        return new SqlArray([.. Elements(left, Left.Type), .. Elements(right, Right.Type)]);
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Left = map(Left), Right = map(Right) };

    private static IEnumerable<SqlValue> Elements(SqlValue value, SqlType type) =>
        type != SqlType.TextArray ? [value] : value is SqlArray array ? array.Items : [];
}

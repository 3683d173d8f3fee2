using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// A scalar expression after name resolution and type checking: columns are positions in the row,
/// operators and functions are chosen, literals have their final type. Bound expressions compare
/// structurally (locations aside), which is how GROUP BY expressions are matched.
/// </summary>
internal abstract record BoundExpression
{
    public abstract SqlType Type { get; }

    public abstract IEnumerable<BoundExpression> Children { get; }

    public abstract SqlValue Evaluate(RowContext row);

    /// <summary>The same expression with each child replaced by <paramref name="map"/>'s result.</summary>
    public abstract BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map);

    /// <summary>This expression and every descendant, parents first.</summary>
    public IEnumerable<BoundExpression> DescendantsAndSelf()
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.Children.Reverse())
            {
                stack.Push(child);
            }
        }
    }
}

/// <summary>An expression without children.</summary>
internal abstract record BoundLeaf : BoundExpression
{
    public override IEnumerable<BoundExpression> Children => [];

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) => this;
}

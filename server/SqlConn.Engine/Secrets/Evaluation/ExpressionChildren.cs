using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>The direct sub-expressions of an expression, in source order, without entering subqueries.</summary>
internal static class ExpressionChildren
{
    public static IEnumerable<Expression> Of(Expression expression) => expression switch
    {
        FunctionCall f => [.. f.Arguments, .. f.OrderBy.Select(o => o.Expression)],
        CastExpression c => [c.Operand],
        UnaryExpression u => [u.Operand],
        BinaryExpression b => [b.Left, b.Right],
        LikeExpression l => l.Escape is null ? [l.Operand, l.Pattern] : [l.Operand, l.Pattern, l.Escape],
        InListExpression i => [i.Operand, .. i.Items],
        InSubqueryExpression i => [i.Operand],
        BetweenExpression b => [b.Operand, b.Low, b.High],
        IsExpression i => i.Other is null ? [i.Operand] : [i.Operand, i.Other],
        CaseExpression c => [.. Optional(c.Operand), .. c.Whens.SelectMany(w => new[] { w.Condition, w.Result }), .. Optional(c.Else)],
        ArrayExpression a => a.Elements,
        SubscriptExpression s => [s.Operand, s.Index],
        ParenthesizedExpression p => [p.Inner],
        RowExpression r => r.Items,
        _ => [],
    };

    private static IEnumerable<Expression> Optional(Expression? expression) => expression is null ? [] : [expression];
}

using SqlConn.Syntax.Tree;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// How operators group, as Materialize's parser groups them (PostgreSQL precedence). The shape is
/// the tree written with a pair of brackets around every operator node.
/// </summary>
public sealed class ExpressionPrecedenceTests
{
    [Theory]
    [InlineData("name LIKE 'a%' AND name NOT IN ('x')", "[[name LIKE 'a%'] AND [name NOT IN ('x')]]")]
    [InlineData("a LIKE b OR c", "[[a LIKE b] OR c]")]
    [InlineData("a ILIKE b || c", "[a ILIKE [b || c]]")]
    [InlineData("a NOT LIKE b ESCAPE c AND d", "[[a NOT LIKE b ESCAPE c] AND d]")]
    [InlineData("a LIKE b ESCAPE c || d", "[a LIKE b ESCAPE [c || d]]")]
    [InlineData("a = b LIKE c", "[a = [b LIKE c]]")]
    [InlineData("a LIKE b = c", "[[a LIKE b] = c]")]
    [InlineData("x BETWEEN 1 AND 2 AND y", "[[x BETWEEN 1 AND 2] AND y]")]
    [InlineData("x NOT BETWEEN a + 1 AND b * 2 OR y", "[[x NOT BETWEEN [a + 1] AND [b * 2]] OR y]")]
    [InlineData("a IS DISTINCT FROM b AND c", "[[a IS DISTINCT FROM b] AND c]")]
    [InlineData("a IS NOT DISTINCT FROM b = c", "[a IS NOT DISTINCT FROM [b = c]]")]
    [InlineData("a IS DISTINCT FROM b IS NULL", "[[a IS DISTINCT FROM b] IS NULL]")]
    [InlineData("NOT a LIKE b AND c", "[[NOT [a LIKE b]] AND c]")]
    [InlineData("-a::int[1] * b + c", "[[[- a::int[1]] * b] + c]")]
    public void Groups_operators_like_materialize(string expression, string shape)
    {
        var script = SqlParser.ParseScript($"SELECT {expression}");
        Assert.Empty(script.Diagnostics);
        var query = Assert.IsType<QueryStatement>(Assert.Single(script.Statements).Node);
        var item = Assert.IsType<ExpressionSelectItem>(Assert.Single(Assert.IsType<SelectCore>(query.Query.Body).Items));

        Assert.Equal(shape, Shape(item.Expression, $"SELECT {expression}"));
    }

    private static string Shape(Expression expression, string sql) => expression switch
    {
        BinaryExpression b => $"[{Shape(b.Left, sql)} {b.OperatorText} {Shape(b.Right, sql)}]",
        UnaryExpression { Operator: UnaryOperator.Not } u => $"[NOT {Shape(u.Operand, sql)}]",
        UnaryExpression u => $"[{sql[u.Span.Start]} {Shape(u.Operand, sql)}]",
        LikeExpression l => $"[{Shape(l.Operand, sql)}{(l.Negated ? " NOT" : string.Empty)} {(l.CaseInsensitive ? "ILIKE" : "LIKE")} {Shape(l.Pattern, sql)}"
            + (l.Escape is null ? "]" : $" ESCAPE {Shape(l.Escape, sql)}]"),
        BetweenExpression b => $"[{Shape(b.Operand, sql)}{(b.Negated ? " NOT" : string.Empty)} BETWEEN {Shape(b.Low, sql)} AND {Shape(b.High, sql)}]",
        IsExpression { Test: IsTest.DistinctFrom, Other: { } other } i => $"[{Shape(i.Operand, sql)} IS{(i.Negated ? " NOT" : string.Empty)} DISTINCT FROM {Shape(other, sql)}]",
        IsExpression i => $"[{Shape(i.Operand, sql)} IS{(i.Negated ? " NOT" : string.Empty)} {i.Test.ToString().ToUpperInvariant()}]",
        InListExpression i => $"[{Shape(i.Operand, sql)}{(i.Negated ? " NOT" : string.Empty)} IN ({string.Join(", ", i.Items.Select(e => Shape(e, sql)))})]",
        _ => sql.Substring(expression.Span.Start, expression.Span.Length),
    };
}

using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// The name PostgreSQL (and Materialize) give an output column without an alias: the column's name,
/// the function's name, <c>bool</c> for TRUE/FALSE, <c>case</c>, <c>exists</c>, <c>array</c>, a cast's
/// type when its operand has no better name, and <c>?column?</c> otherwise.
/// </summary>
internal static class ColumnNaming
{
    public const string Anonymous = "?column?";

    public static string Of(ExpressionSelectItem item) => item.Alias?.Value ?? Invent(item.Expression)?.Name ?? Anonymous;

    /// <summary>A name and whether it is a "strong" one that a surrounding cast or CASE keeps.</summary>
    private static (string Name, bool Strong)? Invent(Expression expression) => expression switch
    {
        ColumnReference c => (c.Column.Value, true),
        FunctionCall { Name.Last.Value: "trim" } => ("btrim", true), // TRIM(...) is syntax for btrim
        FunctionCall f => (f.Name.Last.Value, true),
        BooleanExpression => ("bool", true),
        ParenthesizedExpression p => Invent(p.Inner),
        SubscriptExpression s => Invent(s.Operand),
        CastExpression c => Invent(c.Operand) is { Strong: true } inner ? inner : (CastName(c.Type), false),
        CaseExpression c => c.Else is not null && Invent(c.Else) is { Strong: true } inner ? inner : ("case", false),
        ExistsExpression => ("exists", true),
        ArrayExpression => ("array", true),
        SubqueryExpression s => (FirstColumn(s.Subquery), true),
        ArraySubqueryExpression s => (FirstColumn(s.Subquery), true),
        _ => null,
    };

    /// <summary>The catalog name of a cast's type (only called once the cast has bound, so the type exists).</summary>
    private static string CastName(TypeName type) => TypeResolution.Resolve(type).Target?.ColumnName ?? type.Name.Last.Value;

    private static string FirstColumn(Query query) => query.Body switch
    {
        SelectCore { Items: [ExpressionSelectItem first, ..] } => Of(first),
        ParenthesizedQuery p => FirstColumn(p.Inner),
        SetOperation s => FirstColumn(new Query(s.Left, [], null, null, s.Left.Span)),
        _ => Anonymous,
    };
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary>A SELECT query with its ORDER BY, LIMIT and OFFSET.</summary>
public sealed record Query(QueryBody Body, ImmutableArray<OrderItem> OrderBy, Limit? Limit, Expression? Offset, TextSpan Span) : SyntaxNode(Span);

public abstract record QueryBody(TextSpan Span) : SyntaxNode(Span);

public sealed record SelectCore(
    bool Distinct,
    ImmutableArray<SelectItem> Items,
    ImmutableArray<TableSource> From,
    Expression? Where,
    ImmutableArray<Expression> GroupBy,
    Expression? Having,
    TextSpan Span) : QueryBody(Span);

public enum SetOperator
{
    Union,
    Except,
    Intersect,
}

public sealed record SetOperation(QueryBody Left, SetOperator Operator, bool All, QueryBody Right, TextSpan Span) : QueryBody(Span);

public sealed record ParenthesizedQuery(Query Inner, TextSpan Span) : QueryBody(Span);

public abstract record SelectItem(TextSpan Span) : SyntaxNode(Span);

public sealed record StarSelectItem(TextSpan Span) : SelectItem(Span);

/// <summary><c>t.*</c> or <c>schema.t.*</c>.</summary>
public sealed record QualifiedStarSelectItem(ImmutableArray<Identifier> Qualifier, TextSpan Span) : SelectItem(Span);

public sealed record ExpressionSelectItem(Expression Expression, Identifier? Alias, TextSpan Span) : SelectItem(Span);

public abstract record TableSource(TextSpan Span) : SyntaxNode(Span);

public sealed record TableReference(ObjectName Name, Identifier? Alias, TextSpan Span) : TableSource(Span);

public sealed record SubqueryTableSource(Query Subquery, Identifier Alias, TextSpan Span) : TableSource(Span);

public sealed record ParenthesizedTableSource(TableSource Inner, TextSpan Span) : TableSource(Span);

public enum JoinKind
{
    Inner,
    Left,
    Right,
    Full,
    Cross,
}

/// <summary>A join; <see cref="Condition"/> is null for CROSS and NATURAL joins.</summary>
public sealed record JoinedTable(TableSource Left, JoinKind Kind, bool Natural, TableSource Right, JoinCondition? Condition, TextSpan Span)
    : TableSource(Span);

public abstract record JoinCondition(TextSpan Span) : SyntaxNode(Span);

public sealed record OnJoinCondition(Expression Condition, TextSpan Span) : JoinCondition(Span);

public sealed record UsingJoinCondition(ImmutableArray<Identifier> Columns, TextSpan Span) : JoinCondition(Span);

public sealed record OrderItem(Expression Expression, bool? Descending, bool? NullsFirst, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>LIMIT n</c>; <see cref="Count"/> is null for <c>LIMIT ALL</c>.</summary>
public sealed record Limit(Expression? Count, TextSpan Span) : SyntaxNode(Span);

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary>Scalar expressions: secret values (<c>AS decode('...', 'base64')</c>) and query clauses.</summary>
public abstract record Expression(TextSpan Span) : SyntaxNode(Span);

public sealed record StringExpression(StringLiteral Literal) : Expression(Literal.Span);

public sealed record HexStringExpression(string Hex, TextSpan Span) : Expression(Span);

public sealed record NumberExpression(string Text, TextSpan Span) : Expression(Span);

public sealed record BooleanExpression(bool Value, TextSpan Span) : Expression(Span);

public sealed record NullExpression(TextSpan Span) : Expression(Span);

/// <summary><c>$1</c>.</summary>
public sealed record ParameterExpression(string Text, TextSpan Span) : Expression(Span);

public sealed record ColumnReference(ImmutableArray<Identifier> Parts, TextSpan Span) : Expression(Span)
{
    public Identifier Column => Parts[^1];
}

public sealed record FunctionCall(
    ObjectName Name,
    ImmutableArray<Expression> Arguments,
    bool StarArgument,
    bool Distinct,
    ImmutableArray<OrderItem> OrderBy,
    TextSpan Span) : Expression(Span);

/// <summary><c>x::t</c>, or <c>CAST(x AS t)</c> when <paramref name="FunctionSyntax"/>.</summary>
public sealed record CastExpression(Expression Operand, TypeName Type, bool FunctionSyntax, TextSpan Span) : Expression(Span);

public sealed record TypeName(ObjectName Name, ImmutableArray<string> Modifiers, int ArrayDimensions, TextSpan Span) : SyntaxNode(Span);

public enum UnaryOperator
{
    Plus,
    Minus,
    Not,
}

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand, TextSpan Span) : Expression(Span);

public enum BinaryOperator
{
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    Concat,

    /// <summary>Any other operator; the text is in <see cref="BinaryExpression.OperatorText"/>.</summary>
    Other,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

public sealed record BinaryExpression(BinaryOperator Operator, string OperatorText, Expression Left, Expression Right, TextSpan Span)
    : Expression(Span);

public sealed record LikeExpression(Expression Operand, Expression Pattern, Expression? Escape, bool Negated, bool CaseInsensitive, TextSpan Span)
    : Expression(Span);

public sealed record InListExpression(Expression Operand, ImmutableArray<Expression> Items, bool Negated, TextSpan Span) : Expression(Span);

public sealed record InSubqueryExpression(Expression Operand, Query Subquery, bool Negated, TextSpan Span) : Expression(Span);

public sealed record BetweenExpression(Expression Operand, Expression Low, Expression High, bool Negated, TextSpan Span) : Expression(Span);

public enum IsTest
{
    Null,
    True,
    False,
    DistinctFrom,
}

/// <summary><c>x IS [NOT] NULL | TRUE | FALSE | DISTINCT FROM y</c>.</summary>
public sealed record IsExpression(Expression Operand, IsTest Test, Expression? Other, bool Negated, TextSpan Span) : Expression(Span);

public sealed record CaseExpression(Expression? Operand, ImmutableArray<WhenClause> Whens, Expression? Else, TextSpan Span) : Expression(Span);

public sealed record WhenClause(Expression Condition, Expression Result, TextSpan Span) : SyntaxNode(Span);

public sealed record ExistsExpression(Query Subquery, TextSpan Span) : Expression(Span);

public sealed record SubqueryExpression(Query Subquery, TextSpan Span) : Expression(Span);

public sealed record ArrayExpression(ImmutableArray<Expression> Elements, TextSpan Span) : Expression(Span);

public sealed record ArraySubqueryExpression(Query Subquery, TextSpan Span) : Expression(Span);

public sealed record SubscriptExpression(Expression Operand, Expression Index, TextSpan Span) : Expression(Span);

public sealed record ParenthesizedExpression(Expression Inner, TextSpan Span) : Expression(Span);

/// <summary><c>(a, b)</c>.</summary>
public sealed record RowExpression(ImmutableArray<Expression> Items, TextSpan Span) : Expression(Span);

/// <summary>An expression the parser could not read (only in statements with syntax errors).</summary>
public sealed record MissingExpression(TextSpan Span) : Expression(Span);

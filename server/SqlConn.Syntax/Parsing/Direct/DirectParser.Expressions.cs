using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>
/// Scalar expressions, by precedence climbing with the precedences ANTLR gives the alternatives of
/// the left-recursive rules <c>expression</c> and <c>operand</c> (the later an alternative, the
/// looser it binds): an operator of precedence <c>p</c> continues an expression parsed at a minimum
/// below or at <c>p</c>; a left-associative operator's right side is parsed at <c>p + 1</c>; a
/// prefix operator's operand at its own <c>p</c>.
/// </summary>
internal sealed partial class DirectParser
{
    // Rule expression: like 9, in 8, between 7, comparison 6, is distinct 5, is 4, not (prefix) 3, and 2, or 1.
    private const int LikePrecedence = 9;
    private const int InPrecedence = 8;
    private const int BetweenPrecedence = 7;
    private const int ComparisonPrecedence = 6;
    private const int IsDistinctPrecedence = 5;
    private const int IsPrecedence = 4;
    private const int NotPrecedence = 3;
    private const int AndPrecedence = 2;
    private const int OrPrecedence = 1;

    // Rule operand: cast 6, subscript 5, unary (prefix) 4, multiplicative 3, additive 2, other operators 1.
    private const int CastPrecedence = 6;
    private const int SubscriptPrecedence = 5;
    private const int UnaryPrecedence = 4;
    private const int MultiplicativePrecedence = 3;
    private const int AdditivePrecedence = 2;
    private const int OtherOperatorPrecedence = 1;

    /// <summary>Rule <c>expression</c> at precedence <paramref name="minimum"/>.</summary>
    private Expression Expression(int minimum = 0)
    {
        EnsureStack();
        var mark = cursor.Mark;
        Expression left;
        if (cursor.Accept(SqlConnLexer.NOT))
        {
            var operand = Expression(NotPrecedence);
            left = new UnaryExpression(UnaryOperator.Not, operand, cursor.SpanFrom(mark));
        }
        else
        {
            left = Operand();
        }

        while (true)
        {
            var type = cursor.Type();
            var negated = type == SqlConnLexer.NOT;
            var op = negated ? cursor.Type(1) : type;
            switch (op)
            {
                case SqlConnLexer.LIKE or SqlConnLexer.ILIKE when minimum <= LikePrecedence:
                    Skip(negated ? 2 : 1);
                    var pattern = Operand();
                    var escape = cursor.Accept(SqlConnLexer.ESCAPE) ? Operand() : null;
                    left = new LikeExpression(left, pattern, escape, negated, op == SqlConnLexer.ILIKE, cursor.SpanFrom(mark));
                    break;
                case SqlConnLexer.IN when minimum <= InPrecedence:
                    Skip(negated ? 2 : 1);
                    left = In(left, negated, mark);
                    break;
                case SqlConnLexer.BETWEEN when minimum <= BetweenPrecedence:
                    Skip(negated ? 2 : 1);
                    var low = Operand();
                    cursor.Expect(SqlConnLexer.AND);
                    var high = Operand();
                    left = new BetweenExpression(left, low, high, negated, cursor.SpanFrom(mark));
                    break;
                case SqlConnLexer.EQ or SqlConnLexer.NEQ or SqlConnLexer.LT or SqlConnLexer.LTE or SqlConnLexer.GT or SqlConnLexer.GTE
                    when !negated && minimum <= ComparisonPrecedence:
                    var comparison = cursor.Next();
                    var right = Expression(ComparisonPrecedence + 1);
                    left = TreeValues.Binary(comparison, left, right, cursor.SpanFrom(mark));
                    break;
                case SqlConnLexer.IS when !negated:
                    var isNot = cursor.Type(1) == SqlConnLexer.NOT;
                    var test = cursor.Type(isNot ? 2 : 1);
                    if (test == SqlConnLexer.DISTINCT && minimum <= IsDistinctPrecedence)
                    {
                        Skip(isNot ? 3 : 2);
                        cursor.Expect(SqlConnLexer.FROM);
                        var other = Expression(IsDistinctPrecedence + 1);
                        left = new IsExpression(left, IsTest.DistinctFrom, other, isNot, cursor.SpanFrom(mark));
                    }
                    else if (test is SqlConnLexer.NULL or SqlConnLexer.TRUE or SqlConnLexer.FALSE && minimum <= IsPrecedence)
                    {
                        Skip(isNot ? 3 : 2);
                        var kind = test == SqlConnLexer.NULL ? IsTest.Null : test == SqlConnLexer.TRUE ? IsTest.True : IsTest.False;
                        left = new IsExpression(left, kind, null, isNot, cursor.SpanFrom(mark));
                    }
                    else
                    {
                        return left;
                    }

                    break;
                case SqlConnLexer.AND when !negated && minimum <= AndPrecedence:
                    cursor.Next();
                    var and = Expression(AndPrecedence + 1);
                    left = new BinaryExpression(BinaryOperator.And, "AND", left, and, cursor.SpanFrom(mark));
                    break;
                case SqlConnLexer.OR when !negated && minimum <= OrPrecedence:
                    cursor.Next();
                    var or = Expression(OrPrecedence + 1);
                    left = new BinaryExpression(BinaryOperator.Or, "OR", left, or, cursor.SpanFrom(mark));
                    break;
                default:
                    return left;
            }
        }
    }

    private void Skip(int count)
    {
        for (var i = 0; i < count; i++)
        {
            cursor.Next();
        }
    }

    /// <summary>The <c>inExpr</c> alternative after IN: a subquery or a list.</summary>
    private Expression In(Expression left, bool negated, int mark)
    {
        cursor.Expect(SqlConnLexer.LPAREN);
        switch (cursor.Type())
        {
            case SqlConnLexer.SELECT:
                var query = Query();
                cursor.Expect(SqlConnLexer.RPAREN);
                return new InSubqueryExpression(left, query, negated, cursor.SpanFrom(mark));
            case SqlConnLexer.LPAREN:
                // A parenthesised query or a parenthesised expression: left to ANTLR's prediction.
                throw new DirectParseAbandoned();
            default:
                var items = CommaList(static p => p.Expression());
                cursor.Expect(SqlConnLexer.RPAREN);
                return new InListExpression(left, items, negated, cursor.SpanFrom(mark));
        }
    }

    /// <summary>Rule <c>operand</c> at precedence <paramref name="minimum"/>.</summary>
    private Expression Operand(int minimum = 0)
    {
        EnsureStack();
        var mark = cursor.Mark;
        Expression left;
        if (cursor.Type() is SqlConnLexer.PLUS or SqlConnLexer.MINUS)
        {
            var sign = cursor.Next().Type == SqlConnLexer.MINUS ? UnaryOperator.Minus : UnaryOperator.Plus;
            var operand = Operand(UnaryPrecedence);
            left = new UnaryExpression(sign, operand, cursor.SpanFrom(mark));
        }
        else
        {
            left = Primary();
        }

        while (true)
        {
            switch (cursor.Type())
            {
                case SqlConnLexer.DOUBLE_COLON when minimum <= CastPrecedence:
                    cursor.Next();
                    var type = TypeName();
                    left = new CastExpression(left, type, false, cursor.SpanFrom(mark));
                    break;
                case SqlConnLexer.LBRACKET when minimum <= SubscriptPrecedence:
                    cursor.Next();
                    var index = Expression();
                    cursor.Expect(SqlConnLexer.RBRACKET);
                    left = new SubscriptExpression(left, index, cursor.SpanFrom(mark));
                    break;
                case SqlConnLexer.STAR or SqlConnLexer.SLASH or SqlConnLexer.PERCENT when minimum <= MultiplicativePrecedence:
                    left = BinaryOperand(left, MultiplicativePrecedence, mark);
                    break;
                case SqlConnLexer.PLUS or SqlConnLexer.MINUS when minimum <= AdditivePrecedence:
                    left = BinaryOperand(left, AdditivePrecedence, mark);
                    break;
                case SqlConnLexer.CONCAT or SqlConnLexer.OPERATOR when minimum <= OtherOperatorPrecedence:
                    left = BinaryOperand(left, OtherOperatorPrecedence, mark);
                    break;
                default:
                    return left;
            }
        }
    }

    private BinaryExpression BinaryOperand(Expression left, int precedence, int mark)
    {
        var op = cursor.Next();
        var right = Operand(precedence + 1);
        return TreeValues.Binary(op, left, right, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>primaryExpression</c>.</summary>
    private Expression Primary()
    {
        var mark = cursor.Mark;
        var type = cursor.Type();
        switch (type)
        {
            case var _ when GrammarTokenSets.Contains(GrammarTokenSets.Literal, type):
                var literal = cursor.Next();
                return TreeValues.LiteralExpression(literal, TreeValues.Span(literal), stringOf);
            case SqlConnLexer.PARAMETER:
                var parameter = cursor.Next();
                return new ParameterExpression(parameter.Text, TreeValues.Span(parameter));
            case SqlConnLexer.CAST:
                cursor.Next();
                cursor.Expect(SqlConnLexer.LPAREN);
                var operand = Expression();
                cursor.Expect(SqlConnLexer.AS);
                var typeName = TypeName();
                cursor.Expect(SqlConnLexer.RPAREN);
                return new CastExpression(operand, typeName, true, cursor.SpanFrom(mark));
            case SqlConnLexer.CASE:
                return Case(mark);
            case SqlConnLexer.EXISTS when cursor.Type(1) == SqlConnLexer.LPAREN && cursor.Type(2) is SqlConnLexer.SELECT or SqlConnLexer.LPAREN:
                cursor.Next();
                return new ExistsExpression(ParenthesizedQuery(), cursor.SpanFrom(mark));
            case SqlConnLexer.ARRAY:
                cursor.Next();
                if (cursor.Type() == SqlConnLexer.LPAREN)
                {
                    return new ArraySubqueryExpression(ParenthesizedQuery(), cursor.SpanFrom(mark));
                }

                cursor.Expect(SqlConnLexer.LBRACKET);
                var elements = cursor.Type() == SqlConnLexer.RBRACKET ? [] : CommaList(static p => p.Expression());
                cursor.Expect(SqlConnLexer.RBRACKET);
                return new ArrayExpression(elements, cursor.SpanFrom(mark));
            case SqlConnLexer.LPAREN:
                return Parenthesized(mark);
            default:
                return NameOrCall(mark);
        }
    }

    /// <summary><c>LPAREN selectStatement RPAREN</c>.</summary>
    private Query ParenthesizedQuery()
    {
        cursor.Expect(SqlConnLexer.LPAREN);
        var query = Query();
        cursor.Expect(SqlConnLexer.RPAREN);
        return query;
    }

    /// <summary>
    /// <c>subqueryExpr</c>, <c>parenthesizedExpr</c>: a query when SELECT follows the parentheses
    /// (after nested ones, either could follow: left to ANTLR's prediction).
    /// </summary>
    private Expression Parenthesized(int mark)
    {
        var depth = 1;
        while (cursor.Type(depth) == SqlConnLexer.LPAREN)
        {
            depth++;
        }

        if (cursor.Type(depth) == SqlConnLexer.SELECT)
        {
            if (depth > 1)
            {
                throw new DirectParseAbandoned();
            }

            return new SubqueryExpression(ParenthesizedQuery(), cursor.SpanFrom(mark));
        }

        cursor.Next();
        var items = CommaList(static p => p.Expression());
        cursor.Expect(SqlConnLexer.RPAREN);
        var span = cursor.SpanFrom(mark);
        return items.Length == 1 ? new ParenthesizedExpression(items[0], span) : new RowExpression(items, span);
    }

    /// <summary><c>functionCallExpr</c> or <c>columnRefExpr</c>: dotted names, called when a parenthesis follows.</summary>
    private Expression NameOrCall(int mark)
    {
        var parts = Dotted(GrammarTokenSets.ExprIdent);
        if (cursor.Type() != SqlConnLexer.LPAREN)
        {
            return new ColumnReference(parts, cursor.SpanFrom(mark));
        }

        var name = new ObjectName(parts, TextSpan.FromBounds(parts[0].Span.Start, cursor.EndOfPrevious));
        cursor.Next();
        var star = false;
        var distinct = false;
        ImmutableArray<Expression> arguments = [];
        ImmutableArray<OrderItem> orderBy = [];
        if (cursor.Accept(SqlConnLexer.STAR))
        {
            star = true;
        }
        else if (cursor.Type() != SqlConnLexer.RPAREN)
        {
            distinct = cursor.Type() == SqlConnLexer.DISTINCT;
            if (distinct || cursor.Type() == SqlConnLexer.ALL)
            {
                cursor.Next();
            }

            arguments = CommaList(static p => p.Expression());
            orderBy = OrderBy();
        }

        cursor.Expect(SqlConnLexer.RPAREN);
        return new FunctionCall(name, arguments, star, distinct, orderBy, cursor.SpanFrom(mark));
    }

    /// <summary><c>caseExpr</c>: <c>CASE expression? ( WHEN expression THEN expression )+ ( ELSE expression )? END</c>.</summary>
    private Expression Case(int mark)
    {
        cursor.Expect(SqlConnLexer.CASE);
        var operand = cursor.Type() == SqlConnLexer.WHEN ? null : Expression();
        var whens = ImmutableArray.CreateBuilder<WhenClause>();
        do
        {
            cursor.Expect(SqlConnLexer.WHEN);
            var condition = Expression();
            cursor.Expect(SqlConnLexer.THEN);
            var result = Expression();
            whens.Add(new WhenClause(condition, result, TextSpan.FromBounds(condition.Span.Start, result.Span.End)));
        }
        while (cursor.Type() == SqlConnLexer.WHEN);

        var elseResult = cursor.Accept(SqlConnLexer.ELSE) ? Expression() : null;
        cursor.Expect(SqlConnLexer.END);
        return new CaseExpression(operand, whens.ToImmutable(), elseResult, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>typeName</c>: modifiers when a number follows the parenthesis, <c>[]</c> pairs only.</summary>
    private TypeName TypeName()
    {
        var mark = cursor.Mark;
        var parts = Dotted(GrammarTokenSets.ExprIdent);
        var name = new ObjectName(parts, TextSpan.FromBounds(parts[0].Span.Start, parts[^1].Span.End));
        ImmutableArray<string> modifiers = [];
        if (cursor.Type() == SqlConnLexer.LPAREN && cursor.Type(1) == SqlConnLexer.NUMBER)
        {
            cursor.Next();
            modifiers = CommaList(static p => p.cursor.Expect(SqlConnLexer.NUMBER).Text);
            cursor.Expect(SqlConnLexer.RPAREN);
        }

        var dimensions = 0;
        while (cursor.Type() == SqlConnLexer.LBRACKET && cursor.Type(1) == SqlConnLexer.RBRACKET)
        {
            cursor.Next();
            cursor.Next();
            dimensions++;
        }

        return new TypeName(name, modifiers, dimensions, cursor.SpanFrom(mark));
    }
}

using System.Runtime.CompilerServices;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>
/// Scalar expressions. Parentheses are printed where the tree has them (ParenthesizedExpression), so
/// the output reads back with the same grouping.
/// </summary>
internal sealed partial class Printer
{
    private void Expression(Expression expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case StringExpression s: String(s.Literal); break;
            case HexStringExpression h: Write("X'"); Write(h.Hex); Write('\''); break;
            case NumberExpression n: Write(n.Text); break;
            case BooleanExpression b: Write(b.Value ? "TRUE" : "FALSE"); break;
            case NullExpression: Write("NULL"); break;
            case ParameterExpression p: Write(p.Text); break;
            case ColumnReference c: List(c.Parts, Identifier, "."); break;
            case FunctionCall f: FunctionCall(f); break;
            case CastExpression c: Cast(c); break;
            case UnaryExpression u: Unary(u); break;
            case BinaryExpression b: Binary(b); break;
            case LikeExpression l: Like(l); break;
            case InListExpression i: InList(i); break;
            case InSubqueryExpression i: Expression(i.Operand); Write(i.Negated ? " NOT IN " : " IN "); Subquery(i.Subquery); break;
            case BetweenExpression b: Between(b); break;
            case IsExpression i: Is(i); break;
            case CaseExpression c: Case(c); break;
            case ExistsExpression e: Write("EXISTS "); Subquery(e.Subquery); break;
            case SubqueryExpression s: Subquery(s.Subquery); break;
            case ArrayExpression a: Write("ARRAY["); List(a.Elements, Expression); Write(']'); break;
            case ArraySubqueryExpression a: Write("ARRAY"); Subquery(a.Subquery); break;
            case SubscriptExpression s: Expression(s.Operand); Write('['); Expression(s.Index); Write(']'); break;
            case ParenthesizedExpression p: Write('('); Expression(p.Inner); Write(')'); break;
            case RowExpression r: Parenthesized(r.Items, Expression); break;
            case MissingExpression: break;
            default: throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "expression without a printer");
        }
    }

    private void FunctionCall(FunctionCall f)
    {
        Name(f.Name);
        Write('(');
        if (f.StarArgument)
        {
            Write('*');
        }
        else
        {
            if (f.Distinct)
            {
                Write("DISTINCT ");
            }

            List(f.Arguments, Expression);
            if (!f.OrderBy.IsEmpty)
            {
                Write(' ');
                OrderBy(f.OrderBy);
            }
        }

        Write(')');
    }

    private void Cast(CastExpression c)
    {
        if (c.FunctionSyntax)
        {
            Write("CAST(");
            Expression(c.Operand);
            Write(" AS ");
            TypeName(c.Type);
            Write(')');
        }
        else
        {
            Expression(c.Operand);
            Write("::");
            TypeName(c.Type);
        }
    }

    private void TypeName(TypeName type)
    {
        Name(type.Name);
        if (!type.Modifiers.IsEmpty)
        {
            Parenthesized(type.Modifiers, Write);
        }

        for (var i = 0; i < type.ArrayDimensions; i++)
        {
            Write("[]");
        }
    }

    /// <summary><c>-x</c>, <c>+x</c>, <c>NOT x</c>; a space keeps <c>- -x</c> from reading as a comment.</summary>
    private void Unary(UnaryExpression u)
    {
        Write(u.Operator switch
        {
            UnaryOperator.Not => "NOT ",
            UnaryOperator.Minus => "-",
            _ => "+",
        });
        if (u.Operator != UnaryOperator.Not && u.Operand is UnaryExpression { Operator: not UnaryOperator.Not })
        {
            Write(' ');
        }

        Expression(u.Operand);
    }

    private void Binary(BinaryExpression b)
    {
        Expression(b.Left);
        Write(' ');
        Write(b.OperatorText);
        Write(' ');
        Expression(b.Right);
    }

    private void Like(LikeExpression l)
    {
        Expression(l.Operand);
        Write(l.Negated ? " NOT " : " ");
        Write(l.CaseInsensitive ? "ILIKE " : "LIKE ");
        Expression(l.Pattern);
        if (l.Escape is { } escape)
        {
            Write(" ESCAPE ");
            Expression(escape);
        }
    }

    private void InList(InListExpression i)
    {
        Expression(i.Operand);
        Write(i.Negated ? " NOT IN " : " IN ");
        Parenthesized(i.Items, Expression);
    }

    private void Between(BetweenExpression b)
    {
        Expression(b.Operand);
        Write(b.Negated ? " NOT BETWEEN " : " BETWEEN ");
        Expression(b.Low);
        Write(" AND ");
        Expression(b.High);
    }

    private void Is(IsExpression i)
    {
        Expression(i.Operand);
        Write(i.Negated ? " IS NOT " : " IS ");
        switch (i.Test)
        {
            case IsTest.Null: Write("NULL"); break;
            case IsTest.True: Write("TRUE"); break;
            case IsTest.False: Write("FALSE"); break;
            default:
                Write("DISTINCT FROM ");
                if (i.Other is { } other)
                {
                    Expression(other);
                }

                break;
        }
    }

    private void Case(CaseExpression c)
    {
        Write("CASE");
        if (c.Operand is { } operand)
        {
            Write(' ');
            Expression(operand);
        }

        foreach (var when in c.Whens)
        {
            Write(" WHEN ");
            Expression(when.Condition);
            Write(" THEN ");
            Expression(when.Result);
        }

        if (c.Else is { } otherwise)
        {
            Write(" ELSE ");
            Expression(otherwise);
        }

        Write(" END");
    }

    private void Subquery(Query query)
    {
        Write('(');
        Query(query);
        Write(')');
    }
}

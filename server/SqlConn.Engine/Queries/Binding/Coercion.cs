using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// PostgreSQL's treatment of untyped literals: a quoted string or NULL takes the type its context
/// asks for (read with that type's input rules, so a bad string fails where it is written), and
/// text when nothing asks.
/// </summary>
internal sealed class Coercion(BindingSession session)
{
    public static bool IsUntyped(BoundExpression expression) => expression is BoundUntypedLiteral;

    /// <summary>The expression's type name for messages, <c>unknown</c> for an untyped literal.</summary>
    public static string TypeName(BoundExpression expression) =>
        IsUntyped(expression) ? SqlTypeNames.Unknown : SqlTypeNames.Of(expression.Type);

    /// <summary>An untyped literal read as <paramref name="target"/>; any other expression unchanged.</summary>
    public BoundExpression To(BoundExpression expression, CastTarget target)
    {
        if (expression is not BoundUntypedLiteral literal)
        {
            return expression;
        }

        if (literal.Text is null)
        {
            return new BoundLiteral(SqlValue.Null, target.Type);
        }

        return Conversions.CanParse(target.Type)
            ? new BoundLiteral(Conversions.Parse(literal.Text, target, literal.Location.Span), target.Type)
            : session.Unsupported($"{target.Name} input", literal.Location.Span);
    }

    /// <summary>
    /// The two operands of a comparison brought to one type (an untyped side takes the other's type,
    /// integer and oid compare as numbers); null when the types differ.
    /// </summary>
    public (BoundExpression Left, BoundExpression Right)? Unify(BoundExpression left, BoundExpression right)
    {
        if (IsUntyped(left) && IsUntyped(right))
        {
            return (To(left, CastTarget.Text), To(right, CastTarget.Text));
        }

        if (IsUntyped(left) || IsUntyped(right))
        {
            return (To(left, CastTarget.For(right.Type)), To(right, CastTarget.For(left.Type)));
        }

        return left.Type == right.Type || (left.Type, right.Type) is (SqlType.Integer, SqlType.Oid) or (SqlType.Oid, SqlType.Integer)
            ? (left, right)
            : null;
    }

    /// <summary>
    /// The common type of CASE branches, COALESCE arguments or UNION columns: the type of the typed
    /// ones, which must agree (else <c>{context} types a and b cannot be matched</c>), text when all
    /// are untyped.
    /// </summary>
    public static SqlType CommonType(IEnumerable<BoundExpression> expressions, string context, TextSpan span)
    {
        BoundExpression? first = null;
        foreach (var expression in expressions.Where(e => !IsUntyped(e)))
        {
            first ??= expression;
            if (expression.Type != first.Type)
            {
                throw QueryErrors.TypesCannotBeMatched(context, SqlTypeNames.Of(first.Type), SqlTypeNames.Of(expression.Type), span);
            }
        }

        return first?.Type ?? SqlType.Text;
    }
}

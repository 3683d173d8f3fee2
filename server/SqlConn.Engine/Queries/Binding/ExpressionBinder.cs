using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// Binds scalar expressions of one query level: resolves names, picks operators and functions,
/// coerces untyped literals and checks types, in PostgreSQL's order. Something valid that the
/// simulator does not evaluate becomes a <see cref="BoundUnsupported"/>, and so does any expression
/// built on one, so that its unknown type never causes a false error.
/// </summary>
internal sealed partial class ExpressionBinder(QueryBinder query)
{
    private readonly Coercion coercion = new(query.Session);
    private readonly FunctionBinder functions = new(query.Session);

    private BindingSession Session => query.Session;

    public BoundExpression Bind(Expression expression, ExpressionContext context)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var location = new Location(expression.Span);
        return expression switch
        {
            StringExpression s => new BoundUntypedLiteral(s.Literal.Value, location),
            NullExpression => new BoundUntypedLiteral(null, location),
            BooleanExpression b => new BoundLiteral(SqlValue.Of(b.Value), SqlType.Boolean),
            NumberExpression n => long.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? new BoundLiteral(SqlValue.Of(value), SqlType.Integer)
                : Session.Unsupported("numeric values", n.Span),
            HexStringExpression h => Session.Unsupported("hex string literals", h.Span),
            ParameterExpression p => throw QueryErrors.UnknownParameterError(p.Text, p.Span),
            ColumnReference c => Column(c, context),
            FunctionCall f => functions.Bind(f, context, this),
            CastExpression c => Cast(c, context),
            UnaryExpression u => Unary(u, context),
            BinaryExpression b => Binary(b, context),
            LikeExpression l => Like(l, context),
            InListExpression i => InList(i, context),
            InSubqueryExpression i => InSubquery(i, context),
            BetweenExpression b => Between(b, context),
            IsExpression i => Is(i, context),
            CaseExpression c => Case(c, context),
            ExistsExpression e => Subquery(SubqueryKind.Exists, e.Subquery, null, false, e.Span, context),
            SubqueryExpression s => Subquery(SubqueryKind.Scalar, s.Subquery, null, false, s.Span, context),
            ArraySubqueryExpression a => Subquery(SubqueryKind.Array, a.Subquery, null, false, a.Span, context),
            ArrayExpression a => Array(a, context),
            SubscriptExpression s => Subscript(s, context),
            ParenthesizedExpression p => Bind(p.Inner, context),
            RowExpression r => Session.Unsupported("row values", r.Span),
            _ => Session.Unsupported("an incomplete expression", expression.Span),
        };
    }

    /// <summary>A condition: boolean, an untyped literal read as one, else <c>{clause} must have type boolean</c>.</summary>
    public BoundExpression BindCondition(Expression expression, ExpressionContext context) =>
        Require(Bind(expression, context), CastTarget.Boolean, context.Clause, expression.Span);

    /// <summary>The expression coerced to <paramref name="target"/>'s type, or the wrong-type error.</summary>
    public BoundExpression Require(BoundExpression bound, CastTarget target, string clause, TextSpan span)
    {
        if (bound is BoundUnsupported)
        {
            return bound;
        }

        var coerced = coercion.To(bound, target);
        return coerced is BoundUnsupported || coerced.Type == target.Type
            ? coerced
            : throw QueryErrors.WrongTypeError(clause, target.Name, SqlTypeNames.Of(coerced.Type), span);
    }

    public ImmutableArray<BoundExpression> BindAll(IEnumerable<Expression> expressions, ExpressionContext context) =>
        [.. expressions.Select(e => Bind(e, context))];

    /// <summary>The first unsupported operand, which the whole expression then becomes.</summary>
    private static BoundUnsupported? Poisoned(params IEnumerable<BoundExpression?> operands) =>
        operands.OfType<BoundUnsupported>().FirstOrDefault();

    private BoundExpression Column(ColumnReference reference, ExpressionContext context)
    {
        if (reference.Parts is [{ IsQuoted: false } only] && functions.BareSessionFunction(only.Value, reference.Span) is { } session)
        {
            return session;
        }

        if (reference.Parts.Length > 3)
        {
            return Session.Unsupported("column references with a database name", reference.Span);
        }

        var qualifier = reference.Parts[..^1].Select(p => p.Value).ToArray();
        var resolved = context.Scope.Resolve(qualifier, reference.Column.Value, reference.Span);
        query.NoteReference(resolved.Depth);
        Session.Read(resolved.Column);
        return resolved.Column.Unsupported is { } feature
            ? Session.Unsupported(feature, reference.Span)
            : new BoundColumn(resolved.Depth, resolved.Index, resolved.Column.Type, resolved.Column.Display, new Location(reference.Span));
    }

    private BoundExpression Cast(CastExpression cast, ExpressionContext context)
    {
        var operand = Bind(cast.Operand, context);
        var (target, unsupported) = TypeResolution.Resolve(cast.Type);
        if (target is null)
        {
            return Session.Unsupported(unsupported ?? "this cast", cast.Span);
        }

        if (operand is BoundUnsupported || Coercion.IsUntyped(operand))
        {
            return coercion.To(operand, target);
        }

        if (!Conversions.CanCast(operand.Type, target.Type))
        {
            throw QueryErrors.InvalidCastError(SqlTypeNames.Of(operand.Type), target.Name, cast.Span);
        }

        return operand.Type == SqlType.Text && !Conversions.CanParse(target.Type)
            ? Session.Unsupported($"{target.Name} input", cast.Span)
            : new BoundCast(operand, target, new Location(cast.Span));
    }

    private BoundExpression Subquery(SubqueryKind kind, Query subquery, BoundExpression? operand, bool negated, TextSpan span, ExpressionContext context)
    {
        var (bound, correlated) = query.BindSubquery(subquery, context.Scope);
        var location = new Location(span);
        if (kind == SubqueryKind.Exists)
        {
            return new BoundSubquery(kind, bound.Plan, correlated, null, false, SqlType.Boolean, location);
        }

        if (bound.Columns.Length != 1)
        {
            throw QueryErrors.SubqueryColumns(bound.Columns.Length, span);
        }

        var column = bound.Columns[0];
        if (column.Unsupported is { } feature)
        {
            return Session.Unsupported(feature, span);
        }

        return kind switch
        {
            _ when Poisoned(operand) is { } poisoned => poisoned,
            SubqueryKind.Array when column.Type != SqlType.Text => Session.Unsupported($"arrays of {SqlTypeNames.Of(column.Type)}", span),
            SubqueryKind.Array => new BoundSubquery(kind, bound.Plan, correlated, null, false, SqlType.TextArray, location),
            SubqueryKind.In when operand is not null => InSubquery(bound, column, correlated, operand, negated, location),
            _ => new BoundSubquery(kind, bound.Plan, correlated, null, false, column.Type, location),
        };
    }

    private BoundExpression Array(ArrayExpression array, ExpressionContext context)
    {
        var elements = BindAll(array.Elements, context);
        if (Poisoned(elements) is { } poisoned)
        {
            return poisoned;
        }

        if (elements.IsEmpty)
        {
            return Session.Unsupported("empty arrays", array.Span);
        }

        var type = Coercion.CommonType(elements, "ARRAY", array.Span);
        return type == SqlType.Text
            ? new BoundArray([.. elements.Select(e => coercion.To(e, CastTarget.Text))])
            : Session.Unsupported($"arrays of {SqlTypeNames.Of(type)}", array.Span);
    }

    private BoundExpression Subscript(SubscriptExpression subscript, ExpressionContext context)
    {
        var operand = Bind(subscript.Operand, context);
        var index = Bind(subscript.Index, context);
        if (Poisoned(operand, index) is { } poisoned)
        {
            return poisoned;
        }

        return operand.Type switch
        {
            _ when Coercion.IsUntyped(operand) => throw QueryErrors.CannotSubscriptError(SqlTypeNames.Unknown, subscript.Operand.Span),
            SqlType.TextArray => new BoundSubscript(operand, Require(index, CastTarget.BigInt, "array subscript", subscript.Index.Span)),
            SqlType.AclItemArray => Session.Unsupported("mz_aclitem values", subscript.Span),
            var type => throw QueryErrors.CannotSubscriptError(SqlTypeNames.Of(type), subscript.Operand.Span),
        };
    }
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>Operators: logic, comparisons, arithmetic, concatenation, LIKE, IN, BETWEEN, IS and CASE.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression Unary(UnaryExpression unary, ExpressionContext context)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            var condition = Require(Bind(unary.Operand, context), CastTarget.Boolean, "NOT argument", unary.Operand.Span);
            return Poisoned(condition) ?? (BoundExpression)new BoundNot(condition);
        }

        var operand = coercion.To(Bind(unary.Operand, context), CastTarget.Integer);
        if (Poisoned(operand) is { } unsupported)
        {
            return unsupported;
        }

        var symbol = unary.Operator == UnaryOperator.Minus ? "-" : "+";
        return operand.Type != SqlType.Integer ? throw QueryErrors.UnknownOperatorError($"{symbol} {SqlTypeNames.Of(operand.Type)}", unary.Span)
            : unary.Operator == UnaryOperator.Minus ? new BoundNegate(operand, new Location(unary.Span))
            : operand;
    }

    private BoundExpression Binary(BinaryExpression binary, ExpressionContext context)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var clause = binary.Operator == BinaryOperator.And ? "AND argument" : "OR argument";
            var left = BindCondition(binary.Left, context with { Clause = clause });
            var right = BindCondition(binary.Right, context with { Clause = clause });
            return Poisoned(left, right) is { } poisoned ? poisoned
                : new BoundJunction(binary.Operator == BinaryOperator.Or, left, right);
        }

        var (l, r) = (Bind(binary.Left, context), Bind(binary.Right, context));
        if (Poisoned(l, r) is { } unsupported)
        {
            return unsupported;
        }

        return binary.Operator switch
        {
            BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
                or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => Comparison(binary.Operator, binary.OperatorText, l, r, binary.Span),
            BinaryOperator.Concat => Concat(l, r, binary.Span),
            BinaryOperator.Other => Session.Unsupported($"the {binary.OperatorText} operator", binary.Span),
            _ => Arithmetic(binary.Operator, binary.OperatorText, l, r, binary.Span),
        };
    }

    private BoundExpression Comparison(BinaryOperator op, string symbol, BoundExpression left, BoundExpression right, TextSpan span) =>
        coercion.Unify(left, right) is var (l, r)
            ? Poisoned(l, r) ?? (BoundExpression)new BoundComparison(op, l, r)
            : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(left)} {symbol} {Coercion.TypeName(right)}", span);

    private BoundExpression Arithmetic(BinaryOperator op, string symbol, BoundExpression left, BoundExpression right, TextSpan span)
    {
        if (Coercion.IsUntyped(left) && Coercion.IsUntyped(right))
        {
            throw QueryErrors.AmbiguousOperator($"unknown {symbol} unknown", span);
        }

        var (l, r) = (coercion.To(left, CastTarget.For(right.Type)), coercion.To(right, CastTarget.For(left.Type)));
        return Poisoned(l, r) ?? (l.Type == SqlType.Integer && r.Type == SqlType.Integer
            ? (BoundExpression)new BoundArithmetic(op, l, r, new Location(span))
            : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(left)} {symbol} {Coercion.TypeName(right)}", span));
    }

    /// <summary>
    /// <c>||</c>: text[] with text[] or a text element (an untyped literal beside an array is an array
    /// literal, as in PostgreSQL); otherwise text with anything (made text), an untyped side counting
    /// as text.
    /// </summary>
    private BoundExpression Concat(BoundExpression left, BoundExpression right, TextSpan span)
    {
        bool IsText(BoundExpression e) => Coercion.IsUntyped(e) || e.Type == SqlType.Text;
        BoundExpression AsText(BoundExpression e) =>
            IsText(e) ? coercion.To(e, CastTarget.Text) : new BoundCast(e, CastTarget.Text, new Location(span));

        if (left.Type == SqlType.TextArray || right.Type == SqlType.TextArray)
        {
            return (left.Type == SqlType.TextArray || IsText(left)) && (right.Type == SqlType.TextArray || IsText(right))
                ? Poisoned(coercion.To(left, CastTarget.TextArray), coercion.To(right, CastTarget.TextArray)) ?? (BoundExpression)new BoundConcat(left, right, SqlType.TextArray)
                : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(left)} || {Coercion.TypeName(right)}", span);
        }

        return IsText(left) || IsText(right)
            ? new BoundConcat(AsText(left), AsText(right), SqlType.Text)
            : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(left)} || {Coercion.TypeName(right)}", span);
    }

    private BoundExpression Like(LikeExpression like, ExpressionContext context)
    {
        var operand = Bind(like.Operand, context);
        var pattern = Bind(like.Pattern, context);
        var escape = like.Escape is null ? null : Bind(like.Escape, context);
        if (Poisoned(operand, pattern, escape) is { } poisoned)
        {
            return poisoned;
        }

        if (operand.Type != SqlType.Text || pattern.Type != SqlType.Text || escape is { Type: not SqlType.Text })
        {
            var symbol = (like.Negated ? "!" : string.Empty) + (like.CaseInsensitive ? "~~*" : "~~");
            throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(operand)} {symbol} {Coercion.TypeName(pattern)}", like.Span);
        }

        (operand, pattern, escape) = (coercion.To(operand, CastTarget.Text), coercion.To(pattern, CastTarget.Text), escape is null ? null : coercion.To(escape, CastTarget.Text));

        if (escape is BoundLiteral { Value: SqlText constant } && like.Escape is not null)
        {
            LikePattern.Escape(constant.Value, like.Escape.Span);
        }

        return new BoundLike(operand, pattern, escape, like.CaseInsensitive, like.Negated, new Location(like.Span));
    }

    private BoundExpression InList(InListExpression inList, ExpressionContext context)
    {
        var operand = Bind(inList.Operand, context);
        var items = BindAll(inList.Items, context);
        if (Poisoned([operand, .. items]) is { } poisoned)
        {
            return poisoned;
        }

        var typed = items.Prepend(operand).FirstOrDefault(e => !Coercion.IsUntyped(e));
        var target = CastTarget.For(typed?.Type ?? SqlType.Text);
        var coercedOperand = coercion.To(operand, target);
        var coercedItems = items.Select(item => coercion.Unify(coercedOperand, item) is var (_, r)
            ? r
            : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(coercedOperand)} = {Coercion.TypeName(item)}", inList.Span));
        return new BoundInList(coercedOperand, [.. coercedItems], inList.Negated);
    }

    private BoundExpression InSubquery(InSubqueryExpression inSubquery, ExpressionContext context) =>
        Subquery(SubqueryKind.In, inSubquery.Subquery, Bind(inSubquery.Operand, context), inSubquery.Negated, inSubquery.Span, context);

    private BoundExpression InSubquery(BoundQuery subquery, OutputColumn column, bool correlated, BoundExpression operand, bool negated, Location location)
    {
        var value = coercion.To(operand, CastTarget.For(column.Type));
        return value.Type == column.Type || (value.Type, column.Type) is (SqlType.Integer, SqlType.Oid) or (SqlType.Oid, SqlType.Integer)
            ? new BoundSubquery(SubqueryKind.In, subquery.Plan, correlated, value, negated, SqlType.Boolean, location)
            : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(operand)} = {SqlTypeNames.Of(column.Type)}", location.Span);
    }

    private BoundExpression Between(BetweenExpression between, ExpressionContext context)
    {
        var operand = Bind(between.Operand, context);
        var low = Comparison(BinaryOperator.GreaterOrEqual, ">=", operand, Bind(between.Low, context), between.Span);
        var high = Comparison(BinaryOperator.LessOrEqual, "<=", operand, Bind(between.High, context), between.Span);
        if (Poisoned(low, high) is { } poisoned)
        {
            return poisoned;
        }

        BoundExpression range = new BoundJunction(IsOr: false, low, high);
        return between.Negated ? new BoundNot(range) : range;
    }

    private BoundExpression Is(IsExpression test, ExpressionContext context)
    {
        var operand = Bind(test.Operand, context);
        switch (test.Test)
        {
            case IsTest.Null:
                return Poisoned(operand) ?? (BoundExpression)new BoundIs(coercion.To(operand, CastTarget.Text), IsTest.Null, null, test.Negated);
            case IsTest.True or IsTest.False:
                var clause = $"IS {(test.Negated ? "NOT " : string.Empty)}{(test.Test == IsTest.True ? "TRUE" : "FALSE")} argument";
                var condition = Require(operand, CastTarget.Boolean, clause, test.Operand.Span);
                return Poisoned(condition) ?? (BoundExpression)new BoundIs(condition, test.Test, null, test.Negated);
            default:
                var other = test.Other is null ? new BoundUntypedLiteral(null, new Location(test.Span)) : Bind(test.Other, context);
                if (Poisoned(operand, other) is { } poisoned)
                {
                    return poisoned;
                }

                return coercion.Unify(operand, other) is var (l, r)
                    ? Poisoned(l, r) ?? (BoundExpression)new BoundIs(l, IsTest.DistinctFrom, r, test.Negated)
                    : throw QueryErrors.UnknownOperatorError($"{Coercion.TypeName(operand)} = {Coercion.TypeName(other)}", test.Span);
        }
    }

    /// <summary>CASE, the simple form bound as equality tests of the operand.</summary>
    private BoundExpression Case(CaseExpression expression, ExpressionContext context)
    {
        var operand = expression.Operand is null ? null : Bind(expression.Operand, context);
        var conditions = expression.Whens.Select(w => operand is null
            ? BindCondition(w.Condition, context with { Clause = "CASE" })
            : Comparison(BinaryOperator.Equal, "=", operand, Bind(w.Condition, context), w.Condition.Span)).ToArray();
        var results = expression.Whens.Select(w => Bind(w.Result, context)).ToList();
        var otherwise = expression.Else is null ? new BoundUntypedLiteral(null, new Location(expression.Span)) : Bind(expression.Else, context);
        if (Poisoned([.. conditions, .. results, otherwise, operand]) is { } poisoned)
        {
            return poisoned;
        }

        var type = Coercion.CommonType([.. results, otherwise], "CASE", expression.Span);
        var target = CastTarget.For(type);
        return new BoundCase(
            [.. conditions.Zip(results, (c, r) => new BoundWhen(c, coercion.To(r, target)))],
            coercion.To(otherwise, target),
            type);
    }
}

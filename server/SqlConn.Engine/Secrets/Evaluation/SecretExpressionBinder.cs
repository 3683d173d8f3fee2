using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// Plans a secret value expression as Materialize's planner does with no columns in scope and
/// subqueries, parameters and aggregates disallowed: it types every sub-expression, picks overloads
/// and reports the planning errors, left to right, in Materialize's wording.
/// </summary>
internal static class SecretExpressionBinder
{
    /// <summary>Materialize's name for the expression context, which its messages start with.</summary>
    private const string Context = "AS";

    /// <summary>
    /// The planned expression, of type bytea: names are resolved first, then the expression is
    /// planned, then an untyped result is coerced to bytea and any other type is an error.
    /// </summary>
    public static BoundExpression PlanBytea(Expression expression)
    {
        NameResolver.Check(expression);
        var bound = Bind(expression);
        if (bound.Type == ExpressionType.Unknown)
        {
            return new BoundCast(bound, ExpressionType.Bytea, bound.Span);
        }

        return bound.Type == ExpressionType.Bytea
            ? bound
            : throw SecretErrors.At(expression.Span, SecretDiagnostics.NotBytea, $"{Context} must have type bytea, not type {bound.Type}");
    }

    private static BoundExpression Bind(Expression expression) => expression switch
    {
        StringExpression s => new BoundLiteral(new TextDatum(s.Literal.Value), ExpressionType.Unknown, s.Span),
        NullExpression n => new BoundLiteral(Datum.Null, ExpressionType.Unknown, n.Span),
        BooleanExpression b => new BoundLiteral(new BooleanDatum(b.Value), ExpressionType.Boolean, b.Span),
        NumberExpression n => Number(n),
        HexStringExpression h => throw SecretErrors.At(h.Span, SecretDiagnostics.Unresolved, "hex string literals not yet supported"),
        ParameterExpression p => throw SecretErrors.At(p.Span, SecretDiagnostics.ForbiddenExpression, $"there is no parameter {p.Text}"),
        ColumnReference c => throw SecretErrors.At(c.Span, SecretDiagnostics.Unresolved,
            $"column \"{string.Join('.', c.Parts.Select(p => p.Value))}\" does not exist",
            hint: "A secret value cannot refer to columns. Quote text with single quotes: 'value'."),
        FunctionCall f => Call(f),
        CastExpression c => Cast(c),
        UnaryExpression { Operator: UnaryOperator.Not } u => Unsimulated(u, "boolean operators", ExpressionType.Boolean),
        UnaryExpression u => Operator(FunctionCatalog.Sign(u.Operator), [Bind(u.Operand)], u.Span, u.Operator == UnaryOperator.Minus ? "-" : "+"),
        BinaryExpression { Operator: BinaryOperator.Concat } b => Operator(FunctionCatalog.Concat, [Bind(b.Left), Bind(b.Right)], b.Span, "||"),
        BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo } b =>
            Operator(FunctionCatalog.Arithmetic(b.Operator), [Bind(b.Left), Bind(b.Right)], b.Span, b.OperatorText),
        BinaryExpression { Operator: BinaryOperator.Other } b => Unsimulated(b, $"the {b.OperatorText} operator", ExpressionType.Unknown),
        BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } b => Unsimulated(b, "boolean operators", ExpressionType.Boolean),
        BinaryExpression b => Unsimulated(b, "comparisons", ExpressionType.Boolean),
        LikeExpression l => Unsimulated(l, "LIKE", ExpressionType.Boolean),
        InListExpression i => Unsimulated(i, "IN lists", ExpressionType.Boolean),
        BetweenExpression b => Unsimulated(b, "BETWEEN", ExpressionType.Boolean),
        IsExpression i => Unsimulated(i, "IS tests", ExpressionType.Boolean),
        InSubqueryExpression i => InSubquery(i),
        ExistsExpression or SubqueryExpression or ArraySubqueryExpression => throw Subquery(expression.Span),
        CaseExpression c => Case(c),
        ArrayExpression a => new BoundUnsimulated("arrays", ExpressionType.ArrayOf(CommonType([.. a.Elements.Select(Bind)])), a.Span),
        SubscriptExpression s => Subscript(s),
        ParenthesizedExpression p => Bind(p.Inner),
        RowExpression r => Unsimulated(r, "row constructors", ExpressionType.Record),
        _ => new BoundUnsimulated("incomplete expressions", ExpressionType.Unknown, expression.Span),
    };

    /// <summary>
    /// Materialize's type of a number literal: integer when it fits, then bigint, else numeric
    /// (any literal with a fraction or an exponent is numeric).
    /// </summary>
    private static BoundExpression Number(NumberExpression n)
    {
        if (long.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            return new BoundLiteral(new IntegerDatum(whole), whole <= int.MaxValue ? ExpressionType.Integer : ExpressionType.BigInt, n.Span);
        }

        return decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new BoundLiteral(new NumericDatum(number), ExpressionType.Numeric, n.Span)
            : new BoundUnsimulated("numbers this large", ExpressionType.Numeric, n.Span);
    }

    private static BoundExpression Call(FunctionCall call)
    {
        var name = FunctionCatalog.Resolve(call.Name) ?? throw Unresolvable(call.Name);
        if (FunctionCatalog.Aggregates.Contains(name))
        {
            throw SecretErrors.At(call.Span, SecretDiagnostics.ForbiddenExpression, $"aggregate functions are not allowed in {Context} (function {call.Name})");
        }

        if (FunctionCatalog.TableFunctions.Contains(name))
        {
            throw SecretErrors.At(call.Span, SecretDiagnostics.ForbiddenExpression, $"table functions are not allowed in {Context} (function {call.Name})");
        }

        ImmutableArray<BoundExpression> arguments = [.. call.Arguments.Select(Bind)];
        return Resolved(FunctionCatalog.Function(name), arguments, call.Span, "function",
            problem => $"function {call.Name}({string.Join(", ", arguments.Select(a => a.Type))}) {problem}");
    }

    private static BoundCall Operator(ImmutableArray<FunctionOverload> overloads, ImmutableArray<BoundExpression> operands, TextSpan span, string symbol) =>
        Resolved(overloads, operands, span, "operator", problem => operands.Length == 1
            ? $"operator {problem}: {symbol} {operands[0].Type}"
            : $"operator {problem}: {operands[0].Type} {symbol} {operands[1].Type}");

    /// <summary>
    /// The call of the overload that fits the arguments, or the database's error: <paramref name="message"/>
    /// gets "does not exist" or "is not unique", <paramref name="kind"/> is "function" or "operator".
    /// </summary>
    private static BoundCall Resolved(
        ImmutableArray<FunctionOverload> overloads, ImmutableArray<BoundExpression> arguments, TextSpan span, string kind, Func<string, string> message)
    {
        var overload = OverloadResolver.Resolve(overloads, [.. arguments.Select(a => a.Type)], out var ambiguous)
            ?? throw SecretErrors.At(span, SecretDiagnostics.Unresolved, message(ambiguous ? "is not unique" : "does not exist"),
                hint: ambiguous
                    ? $"Could not choose a best candidate {kind}. You might need to add explicit type casts."
                    : $"No {kind} matches the given name and argument types. You might need to add explicit type casts.");
        return new BoundCall(overload, Coerce(arguments, overload.Parameters), span);
    }

    private static BoundExpression Cast(CastExpression cast)
    {
        var operand = Bind(cast.Operand);
        var target = TypeNames.Resolve(cast.Type) ?? throw Unresolvable(cast.Type);
        if (!Casts.IsAllowed(operand.Type, target))
        {
            throw SecretErrors.At(cast.Span, SecretDiagnostics.Unresolved, $"{Context} does not support casting from {operand.Type} to {target}");
        }

        return target.IsArray
            ? new BoundUnsimulated("arrays", target, cast.Span)
            : new BoundCast(operand, target, cast.Span);
    }

    private static BoundExpression Subscript(SubscriptExpression subscript)
    {
        var operand = Bind(subscript.Operand);
        Bind(subscript.Index);
        return operand.Type.Element is { } element
            ? new BoundUnsimulated("subscripts", element, subscript.Span)
            : throw SecretErrors.At(subscript.Span, SecretDiagnostics.Unresolved,
                $"cannot subscript type {operand.Type} because it does not support subscripting");
    }

    /// <summary>Plans the sub-expressions of a construct the simulator types but does not evaluate.</summary>
    private static BoundUnsimulated Unsimulated(Expression expression, string construct, ExpressionType type)
    {
        foreach (var child in ExpressionChildren.Of(expression))
        {
            Bind(child);
        }

        return new BoundUnsimulated(construct, type, expression.Span);
    }

    private static BoundUnsimulated Case(CaseExpression expression)
    {
        if (expression.Operand is not null)
        {
            Bind(expression.Operand);
        }

        var results = new List<BoundExpression>();
        foreach (var when in expression.Whens)
        {
            Bind(when.Condition);
            results.Add(Bind(when.Result));
        }

        if (expression.Else is not null)
        {
            results.Add(Bind(expression.Else));
        }

        return new BoundUnsimulated("CASE expressions", CommonType(results), expression.Span);
    }

    /// <summary>The type of CASE results and ARRAY elements: the first typed one; untyped literals alone are text.</summary>
    private static ExpressionType CommonType(IEnumerable<BoundExpression> expressions) =>
        expressions.Select(e => e.Type).FirstOrDefault(t => t != ExpressionType.Unknown) ?? ExpressionType.Text;

    /// <summary><c>x IN (SELECT ...)</c>: the operand is planned first, then the subquery is rejected.</summary>
    private static BoundExpression InSubquery(InSubqueryExpression expression)
    {
        Bind(expression.Operand);
        throw Subquery(expression.Span);
    }

    /// <summary>A name <see cref="NameResolver"/> let through but that does not resolve: a bug.</summary>
    private static InvalidOperationException Unresolvable(SyntaxNode name) =>
        new($"name resolution accepted a name that does not resolve, at {name.Span}");

    private static StatementFailedException Subquery(TextSpan span) =>
        SecretErrors.At(span, SecretDiagnostics.ForbiddenExpression, $"{Context} does not allow subqueries");

    /// <summary>Makes the coercions an overload needs explicit: untyped literals and implicit widening.</summary>
    private static ImmutableArray<BoundExpression> Coerce(ImmutableArray<BoundExpression> arguments, ImmutableArray<ExpressionType> parameters) =>
        [.. arguments.Zip(parameters, (argument, parameter) =>
        {
            var target = parameter == ExpressionType.AnyNonArray
                ? (argument.Type == ExpressionType.Unknown ? ExpressionType.Text : argument.Type)
                : parameter;
            return argument.Type == target ? argument : new BoundCast(argument, target, argument.Span);
        })];
}

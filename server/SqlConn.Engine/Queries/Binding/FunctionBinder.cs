using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Functions;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// Binds function calls: the session functions (answered by the environment), the variadic ones
/// (COALESCE, NULLIF, GREATEST, LEAST, concat, concat_ws), the aggregates and the catalog of scalar
/// functions, choosing the signature whose parameters the arguments fit (untyped literals fit any).
/// </summary>
internal sealed class FunctionBinder(BindingSession session)
{
    /// <summary>Functions written without parentheses (SQL keywords), and the environment function each asks for.</summary>
    private static readonly Dictionary<string, string> BareSessionFunctions = new()
    {
        ["current_user"] = "current_user",
        ["current_role"] = "current_role",
        ["session_user"] = "session_user",
        ["user"] = "current_user",
        ["current_schema"] = "current_schema",
        ["current_catalog"] = "current_database",
    };

    private static readonly HashSet<string> BareTimeFunctions = ["current_date", "current_time", "current_timestamp", "localtime", "localtimestamp"];

    /// <summary>Functions called with empty parentheses that the environment answers.</summary>
    private static readonly HashSet<string> SessionFunctions = ["current_user", "current_role", "session_user", "current_schema", "current_database", "mz_environment_id"];

    private readonly Coercion coercion = new(session);

    /// <summary>The value of a keyword such as <c>current_user</c> written as a bare name, or null when it is not one.</summary>
    public BoundExpression? BareSessionFunction(string name, TextSpan span) =>
        BareSessionFunctions.TryGetValue(name, out var function) ? Session(function, span)
        : BareTimeFunctions.Contains(name) ? session.Unsupported(name, span)
        : null;

    public BoundExpression Bind(FunctionCall call, ExpressionContext context, ExpressionBinder expressions)
    {
        var name = call.Name.Last.Value;
        if (call.Name.Parts.Length > 1 && call.Name.Parts[^2].Value is not ("pg_catalog" or "mz_catalog"))
        {
            return session.Unsupported($"function {call.Name}", call.Span);
        }

        if (name == "count" || AggregateFunctions.ByName.ContainsKey(name))
        {
            return Aggregate(call, name, context, expressions);
        }

        var arguments = expressions.BindAll(call.Arguments, context);
        if (call.StarArgument)
        {
            throw Unknown(name, [], call.Span);
        }

        if (call.Distinct || !call.OrderBy.IsEmpty)
        {
            throw QueryErrors.NotAnAggregate(call.Distinct ? "DISTINCT" : "ORDER BY", name, call.Span);
        }

        if (arguments.OfType<BoundUnsupported>().FirstOrDefault() is { } poisoned)
        {
            return poisoned;
        }

        var location = new Location(call.Span);
        return name switch
        {
            _ when arguments.IsEmpty && SessionFunctions.Contains(name) => Session(name, call.Span),
            "coalesce" when !arguments.IsEmpty => Coalesce(arguments, call.Span),
            "nullif" when arguments.Length == 2 => NullIf(arguments[0], arguments[1], call.Span),
            "greatest" or "least" when !arguments.IsEmpty => Extreme(name, arguments, location),
            "concat" => Concat(arguments, location, separated: false),
            "concat_ws" when !arguments.IsEmpty => Concat(arguments, location, separated: true),
            _ when ScalarFunctions.ByName.TryGetValue(name, out var overloads) => Call(overloads, name, arguments, location),
            _ when KnownNames.IsFunction(name) => session.Unsupported($"function {name}", call.Span),
            _ => throw Unknown(name, arguments, call.Span),
        } ?? throw Unknown(name, arguments, call.Span);
    }

    private BoundExpression Session(string name, TextSpan span) =>
        session.Environment.SessionFunction(name) is { } value
            ? new BoundLiteral(value, SqlType.Text)
            : session.Unsupported($"function {name}", span);

    private BoundExpression Aggregate(FunctionCall call, string name, ExpressionContext context, ExpressionBinder expressions)
    {
        if (!context.AllowAggregates)
        {
            throw QueryErrors.AggregateNotAllowed(context.Clause, call.Span);
        }

        if (context.InsideAggregate)
        {
            throw QueryErrors.NestedAggregate(call.Span);
        }

        var inner = context with { InsideAggregate = true };
        var arguments = expressions.BindAll(call.Arguments, inner);
        var orderBy = call.OrderBy.Select(o => new BoundSortKey(expressions.Bind(o.Expression, inner), o.Descending == true, o.NullsFirst ?? o.Descending == true)).ToImmutableArray();
        if (arguments.Concat(orderBy.Select(k => k.Expression)).OfType<BoundUnsupported>().FirstOrDefault() is { } poisoned)
        {
            return poisoned;
        }

        var columns = arguments.SelectMany(a => a.DescendantsAndSelf()).OfType<BoundColumn>().ToArray();
        if (columns.Length > 0 && columns.All(c => c.Depth > 0))
        {
            return session.Unsupported("aggregates of an enclosing query's columns", call.Span);
        }

        var location = new Location(call.Span);
        if (name == "count")
        {
            return call.StarArgument || arguments.Length == 1
                ? new BoundAggregate(AggregateFunctions.Count([.. arguments.Select(a => a.Type)]), [.. arguments.Select(a => coercion.To(a, CastTarget.Text))], call.Distinct, [.. orderBy], location)
                : throw Unknown(name, arguments, call.Span);
        }

        if (call.StarArgument)
        {
            throw Unknown(name, [], call.Span);
        }

        var overload = AggregateFunctions.ByName[name].FirstOrDefault(f => Fits(f.Parameters, arguments));
        if (overload is null)
        {
            return name == "array_agg" && arguments.Length == 1
                ? session.Unsupported($"arrays of {Coercion.TypeName(arguments[0])}", call.Span)
                : throw Unknown(name, arguments, call.Span);
        }

        return new BoundAggregate(overload, [.. Coerce(overload.Parameters, arguments)], call.Distinct, [.. orderBy], location);
    }

    private BoundCall? Call(ImmutableArray<ScalarFunction> overloads, string name, ImmutableArray<BoundExpression> arguments, Location location) =>
        overloads.FirstOrDefault(f => Fits(f.Parameters, arguments)) is { } function
            ? new BoundCall(function, [.. Coerce(function.Parameters, arguments)], location)
            : null;

    private static bool Fits(EquatableArray<SqlType> parameters, ImmutableArray<BoundExpression> arguments) =>
        parameters.Count == arguments.Length
        && parameters.Zip(arguments).All(p => Coercion.IsUntyped(p.Second) ? Conversions.CanParse(p.First) : p.First == p.Second.Type);

    private IEnumerable<BoundExpression> Coerce(EquatableArray<SqlType> parameters, ImmutableArray<BoundExpression> arguments) =>
        parameters.Zip(arguments, (p, a) => coercion.To(a, CastTarget.For(p)));

    private (EquatableArray<BoundExpression> Arguments, SqlType Type) Homogeneous(ImmutableArray<BoundExpression> arguments, string context, TextSpan span)
    {
        var type = Coercion.CommonType(arguments, context, span);
        return ([.. arguments.Select(a => coercion.To(a, CastTarget.For(type)))], type);
    }

    private BoundCoalesce Coalesce(ImmutableArray<BoundExpression> arguments, TextSpan span)
    {
        var (values, type) = Homogeneous(arguments, "COALESCE", span);
        return new BoundCoalesce(values, type);
    }

    /// <summary><c>NULLIF(a, b)</c>: NULL when a = b, else a.</summary>
    private BoundCase NullIf(BoundExpression value, BoundExpression other, TextSpan span)
    {
        var (values, type) = Homogeneous([value, other], "NULLIF", span);
        return new BoundCase([new BoundWhen(new BoundComparison(BinaryOperator.Equal, values[0], values[1]), new BoundLiteral(SqlValue.Null, type))], values[0], type);
    }

    /// <summary><c>GREATEST</c> / <c>LEAST</c>: the largest or smallest non-NULL argument.</summary>
    private BoundCall Extreme(string name, ImmutableArray<BoundExpression> arguments, Location location)
    {
        var (values, type) = Homogeneous(arguments, name.ToUpperInvariant(), location.Span);
        Func<ImmutableArray<SqlValue>, TextSpan, SqlValue> body = name == "greatest" ? Greatest : Least;
        return new BoundCall(new ScalarFunction(name, [.. values.Select(_ => type)], type, body, Strict: false), values, location);
    }

    /// <summary>
    /// <c>concat(...)</c> and <c>concat_ws(separator, ...)</c>: the arguments in their output form
    /// (booleans as t/f, unlike a cast to text), NULLs skipped.
    /// </summary>
    private BoundCall Concat(ImmutableArray<BoundExpression> arguments, Location location, bool separated)
    {
        var values = arguments.Select(a => coercion.To(a, CastTarget.Text)).ToImmutableArray();
        EquatableArray<SqlType> parameters = [.. values.Select(v => v.Type)];
        var function = separated
            ? new ScalarFunction("concat_ws", parameters, SqlType.Text, ConcatWithSeparator, Strict: false)
            : new ScalarFunction("concat", parameters, SqlType.Text, ConcatAll, Strict: false);
        return new BoundCall(function, values, location);
    }

    private static SqlValue Greatest(ImmutableArray<SqlValue> arguments, TextSpan span) => Extreme(arguments, 1);

    private static SqlValue Least(ImmutableArray<SqlValue> arguments, TextSpan span) => Extreme(arguments, -1);

    private static SqlValue Extreme(ImmutableArray<SqlValue> arguments, int sign) =>
        arguments.Where(a => !a.IsNull).Aggregate(SqlValue.Null, (best, a) => best.IsNull || sign * SqlValueComparer.Instance.Compare(a, best) > 0 ? a : best);

    private static SqlValue ConcatAll(ImmutableArray<SqlValue> arguments, TextSpan span) =>
        SqlValue.Of(string.Concat(arguments.Select(ValueFormatter.Format)));

    private static SqlValue ConcatWithSeparator(ImmutableArray<SqlValue> arguments, TextSpan span) =>
        arguments[0] is SqlText separator
            ? SqlValue.Of(string.Join(separator.Value, arguments.Skip(1).Select(ValueFormatter.Format).OfType<string>()))
            : SqlValue.Null;

    private static StatementFailedException Unknown(string name, IEnumerable<BoundExpression> arguments, TextSpan span) =>
        QueryErrors.UnknownFunctionError(name, arguments.Select(Coercion.TypeName), span);
}

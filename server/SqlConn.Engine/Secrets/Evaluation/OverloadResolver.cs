using System.Collections.Immutable;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// Picks the overload of a function or operator for the argument types, the way PostgreSQL does for
/// these types: an argument fits a parameter of its own type, any parameter when it is an untyped
/// literal, and a wider one through an implicit cast. Among the overloads every argument fits, the
/// one with the most exact matches wins; a tie goes to the overload that reads untyped literals as
/// text (so <c>'a' || 'b'</c> is text).
/// </summary>
internal static class OverloadResolver
{
    /// <summary>The chosen overload, or null with <paramref name="ambiguous"/> telling whether several fit.</summary>
    public static FunctionOverload? Resolve(ImmutableArray<FunctionOverload> candidates, IReadOnlyList<ExpressionType> arguments, out bool ambiguous)
    {
        var fitting = candidates.Where(c => Fits(c, arguments)).ToList();
        if (fitting.Count > 1)
        {
            var best = fitting.Max(c => ExactMatches(c, arguments));
            fitting = [.. fitting.Where(c => ExactMatches(c, arguments) == best)];
        }

        var textual = fitting.Where(c => ReadsUnknownsAsText(c, arguments)).ToList();
        if (fitting.Count > 1 && textual.Count > 0)
        {
            fitting = textual;
        }

        ambiguous = fitting.Count > 1;
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static bool Fits(FunctionOverload candidate, IReadOnlyList<ExpressionType> arguments) =>
        candidate.Parameters.Length == arguments.Count
        && candidate.Parameters.Zip(arguments).All(pair => Accepts(pair.First, pair.Second));

    private static bool Accepts(ExpressionType parameter, ExpressionType argument) =>
        parameter == argument
        || argument == ExpressionType.Unknown
        || (parameter == ExpressionType.AnyNonArray && !argument.IsArray)
        || Casts.IsImplicit(argument, parameter);

    private static int ExactMatches(FunctionOverload candidate, IReadOnlyList<ExpressionType> arguments) =>
        candidate.Parameters.Zip(arguments).Count(pair => pair.First == pair.Second);

    private static bool ReadsUnknownsAsText(FunctionOverload candidate, IReadOnlyList<ExpressionType> arguments) =>
        candidate.Parameters.Zip(arguments).All(pair => pair.Second != ExpressionType.Unknown || pair.First == ExpressionType.Text);
}

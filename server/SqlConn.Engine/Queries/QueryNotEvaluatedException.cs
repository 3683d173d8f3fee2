using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Queries;

/// <summary>
/// The query is valid SQL but uses something the simulator does not evaluate (<see cref="Feature"/>,
/// e.g. <c>numeric values</c> or <c>function now</c>), found at <see cref="Span"/>. It is not an error:
/// the SELECT handler reports <see cref="ToDiagnostic"/> as an informational notice and shows no
/// result. The evaluator only throws it once the whole query has bound without a real error, so a
/// query that is both unsupported and wrong gets its error.
/// </summary>
internal sealed class QueryNotEvaluatedException(string feature, TextSpan span)
    : Exception($"the simulator does not evaluate {feature}")
{
    public string Feature { get; } = feature;

    public TextSpan Span { get; } = span;

    public Diagnostic ToDiagnostic() => new(QueryDiagnostics.NotEvaluated, Span, Message);
}

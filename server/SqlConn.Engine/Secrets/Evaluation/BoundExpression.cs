using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// A planned secret value expression: names resolved, types known, overloads chosen and implicit
/// coercions made explicit, so that evaluating it can only fail on data (bad input, arithmetic).
/// </summary>
internal abstract record BoundExpression(ExpressionType Type, TextSpan Span);

internal sealed record BoundLiteral(Datum Value, ExpressionType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>An explicit cast, or the coercion of an untyped literal to the type its context wants.</summary>
internal sealed record BoundCast(BoundExpression Operand, ExpressionType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>A function or operator call. Arguments are already coerced to the overload's parameter types.</summary>
internal sealed record BoundCall(FunctionOverload Overload, ImmutableArray<BoundExpression> Arguments, TextSpan Span)
    : BoundExpression(Overload.Returns, Span);

/// <summary>
/// A construct whose type is known but which the simulator does not evaluate (a comparison, CASE...).
/// It only fails when its value is needed; <paramref name="Construct"/> names it in that message.
/// </summary>
internal sealed record BoundUnsimulated(string Construct, ExpressionType Type, TextSpan Span) : BoundExpression(Type, Span);

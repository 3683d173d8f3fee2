namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// Evaluates a planned secret value expression. Arguments are evaluated left to right before a
/// call, so the first failing one reports; a NULL argument then makes the call NULL.
/// </summary>
internal static class BoundExpressionEvaluator
{
    public static Datum Evaluate(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Value,
        BoundCast cast => Casts.Convert(Evaluate(cast.Operand), cast.Operand.Type, cast.Type, cast.Operand.Span),
        BoundCall call => Call(call),
        BoundUnsimulated unsimulated => throw SecretErrors.NotSimulated(unsimulated.Span, unsimulated.Construct),
        _ => throw new ArgumentOutOfRangeException(nameof(expression)),
    };

    private static Datum Call(BoundCall call)
    {
        var arguments = call.Arguments.Select(Evaluate).ToList();
        return arguments.Any(a => a.IsNull) ? Datum.Null : call.Overload.Body(arguments, call);
    }
}

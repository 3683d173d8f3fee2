using System.Security.Cryptography;
using System.Text.Unicode;
using SqlConn.Engine.Secrets.Evaluation;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Secrets;

/// <summary>
/// Evaluates the value of <c>CREATE SECRET ... AS expr</c> and <c>ALTER SECRET ... AS expr</c> as
/// Materialize does, and keeps only its <see cref="SecretFingerprint"/>. The planning checks come
/// first (unknown names, then types, subqueries, parameters and aggregates, left to right, then
/// "must have type bytea"), then evaluation, then the execution checks in Materialize's order:
/// NULL, size, UTF-8.
/// </summary>
/// <remarks>
/// The value's bytes exist only inside <see cref="Evaluate"/> and are wiped before it returns. No
/// error message quotes the value or any literal of the expression.
/// </remarks>
internal static class SecretValueEvaluator
{
    /// <summary>512 KiB, the largest secret Materialize stores.</summary>
    public const int MaxLength = 512 * 1024;

    /// <summary>
    /// The fingerprint of the expression's value, or a <see cref="StatementFailedException"/> whose
    /// error is placed on the offending sub-expression (descriptors in <see cref="SecretDiagnostics"/>).
    /// </summary>
    public static SecretFingerprint Evaluate(Expression expression) => Execute(Plan(expression));

    /// <summary>
    /// The planning half (names, types, forbidden constructs, "must have type bytea"): Materialize checks
    /// privileges after it and before <see cref="Execute"/>.
    /// </summary>
    public static SecretValuePlan Plan(Expression expression) => new(SecretExpressionBinder.PlanBytea(expression), expression.Span);

    /// <summary>The execution half: evaluation, then NULL, size and UTF-8.</summary>
    public static SecretFingerprint Execute(SecretValuePlan plan)
    {
        if (BoundExpressionEvaluator.Evaluate(plan.Bound) is not BytesDatum value)
        {
            throw SecretErrors.At(plan.Span, SecretDiagnostics.NullValue, "secret value can not be null");
        }

        try
        {
            if (value.Bytes.Length > MaxLength)
            {
                throw SecretErrors.At(plan.Span, SecretDiagnostics.TooLarge, "secrets can not be bigger than 512KiB");
            }

            if (!Utf8.IsValid(value.Bytes))
            {
                throw SecretErrors.At(plan.Span, SecretDiagnostics.NotUtf8, "secret value must be valid UTF-8");
            }

            return SecretFingerprint.Of(value.Bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(value.Bytes);
        }
    }
}

/// <summary>A planned secret value: what <see cref="SecretValueEvaluator.Execute"/> evaluates.</summary>
internal sealed record SecretValuePlan(BoundExpression Bound, Microsoft.CodeAnalysis.Text.TextSpan Span);

using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>Builds the exceptions that abort a secret value's evaluation.</summary>
internal static class SecretErrors
{
    public static StatementFailedException At(TextSpan span, DiagnosticDescriptor descriptor, string message, string? detail = null, string? hint = null) =>
        new(new EngineError(descriptor, message, span, detail, hint));

    public static StatementFailedException NotSimulated(TextSpan span, string construct) =>
        At(span, SecretDiagnostics.NotSimulated, $"sqlconn does not evaluate {construct} in secret values",
            hint: "Write the value as a string literal or with decode() to have it checked.");
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Execution;

/// <summary>
/// A message a statement produced besides its result, like a database NOTICE or WARNING.
/// <see cref="Span"/> is relative to the statement's chunk. A notice with a <see cref="Descriptor"/>
/// is also a lint diagnostic at the descriptor's severity; one without is only shown by
/// <c>sqlconn run</c>.
/// </summary>
public sealed record Notice(string Message, TextSpan Span, DiagnosticDescriptor? Descriptor = null, string? Detail = null, string? Hint = null)
{
    /// <summary>The severity, when it differs from the descriptor's (an error reported as a warning).</summary>
    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>NOTICE or WARNING, as psql prints it.</summary>
    public string Level => (Severity ?? Descriptor?.DefaultSeverity) is DiagnosticSeverity.Warning or DiagnosticSeverity.Error ? "WARNING" : "NOTICE";

    public static Notice From(EngineError warning) => new(warning.Message, warning.Span, warning.Descriptor, warning.Detail, warning.Hint);

    public Diagnostic? ToDiagnostic() =>
        Descriptor is null ? null : new Diagnostic(Descriptor, Span, Message, Detail, Hint) { Severity = Severity ?? Descriptor.DefaultSeverity };
}

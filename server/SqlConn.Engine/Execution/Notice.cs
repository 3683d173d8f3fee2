using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Execution;

/// <summary>
/// A message a statement produced besides its result, like a database NOTICE or WARNING.
/// <see cref="Span"/> is relative to the statement's chunk. A notice with a <see cref="Descriptor"/>
/// is also a lint diagnostic at the descriptor's severity; one without is only shown by
/// <c>sqlconn run</c>. Its <see cref="Detail"/> may be computed when first read (the SSH keys to
/// install are derived only if the notice is shown). Equal by content.
/// </summary>
public sealed record Notice(string Message, TextSpan Span, DiagnosticDescriptor? Descriptor = null, string? Detail = null, string? Hint = null)
{
    private readonly Lazy<string>? deferredDetail;

    /// <summary>A notice whose detail is computed when first read.</summary>
    public Notice(string message, TextSpan span, DiagnosticDescriptor? descriptor, Func<string> detail, string? hint)
        : this(message, span, descriptor, (string?)null, hint) =>
        deferredDetail = new Lazy<string>(detail, LazyThreadSafetyMode.PublicationOnly);

    public string? Detail
    {
        get => deferredDetail?.Value ?? field;
        init
        {
            field = value;
            deferredDetail = null;
        }
    } = Detail;

    /// <summary>The severity, when it differs from the descriptor's (an error reported as a warning).</summary>
    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>NOTICE or WARNING, as psql prints it.</summary>
    public string Level => (Severity ?? Descriptor?.DefaultSeverity) is DiagnosticSeverity.Warning or DiagnosticSeverity.Error ? "WARNING" : "NOTICE";

    public static Notice From(EngineError warning) => new(warning.Message, warning.Span, warning.Descriptor, warning.Detail, warning.Hint);

    /// <summary>The severity of the notice as a lint diagnostic; null when it has no code (and is not one).</summary>
    public DiagnosticSeverity? LintSeverity => Descriptor is null ? null : Severity ?? Descriptor.DefaultSeverity;

    public Diagnostic? ToDiagnostic() =>
        Descriptor is null ? null : new Diagnostic(Descriptor, Span, Message, Detail, Hint) { Severity = Severity ?? Descriptor.DefaultSeverity };

    public bool Equals(Notice? other) =>
        other is not null && Message == other.Message && Span == other.Span && Equals(Descriptor, other.Descriptor)
        && Detail == other.Detail && Hint == other.Hint && Severity == other.Severity;

    public override int GetHashCode() => HashCode.Combine(Message, Span, Descriptor, Detail, Hint, Severity);
}

using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Diagnostics;

/// <summary>
/// A finding at a text range. <see cref="Message"/> is the primary message in the database's own
/// wording where one exists; <see cref="Detail"/> and <see cref="Hint"/> follow Materialize's
/// DETAIL / HINT convention. Messages never contain secret values.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    TextSpan Span,
    string Message,
    string? Detail = null,
    string? Hint = null)
{
    public string Code => Descriptor.Code;

    public string Category => Descriptor.Category;

    public DiagnosticSeverity Severity { get; init; } = Descriptor.DefaultSeverity;

    /// <summary>The same diagnostic moved by <paramref name="offset"/> characters.</summary>
    public Diagnostic Shift(int offset) =>
        offset == 0 ? this : this with { Span = new TextSpan(Span.Start + offset, Span.Length) };
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine;

/// <summary>
/// Why a statement failed, as the database would say it (<see cref="Message"/>, optional
/// <see cref="Detail"/> and <see cref="Hint"/>), placed on the exact part of the statement that
/// caused it. <see cref="Span"/> is relative to the statement's chunk, like every span of the
/// syntax tree. Messages never contain secret values.
/// </summary>
public sealed record EngineError(DiagnosticDescriptor Descriptor, string Message, TextSpan Span, string? Detail = null, string? Hint = null)
{
    public Diagnostic ToDiagnostic() => new(Descriptor, Span, Message, Detail, Hint);
}

/// <summary>
/// Aborts the execution of the current statement with <see cref="Error"/>. Statement handlers check
/// the rules in the database's order and throw at the first failure; the executor catches it at the
/// statement boundary and returns it as the statement's result, leaving the catalog unchanged.
/// </summary>
internal sealed class StatementFailedException(EngineError error) : Exception(error.Message)
{
    public EngineError Error { get; } = error;
}

namespace SqlConn.Syntax.Diagnostics;

/// <summary>
/// A stable diagnostic code and everything users can read about it. Each layer declares its own
/// descriptors (syntax here, the engine's in SqlConn.Engine); <c>sqlconn explain</c> and
/// docs/diagnostics.md are generated from them.
/// </summary>
/// <param name="Code">Stable identifier, e.g. <c>SC1001</c>.</param>
/// <param name="Title">One-line meaning.</param>
/// <param name="Category">The layer that reports it: <c>syntax</c>, <c>semantic</c>, <c>privilege</c>, ...</param>
/// <param name="Explanation">What it means and what to do about it.</param>
/// <param name="BadExample">SQL that triggers it.</param>
/// <param name="GoodExample">The same SQL corrected.</param>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    DiagnosticSeverity DefaultSeverity,
    string Category,
    string Explanation,
    string BadExample,
    string GoodExample);

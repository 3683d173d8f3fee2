using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Lint;

/// <summary>A diagnostic a suppression comment accepted, with the suppression (and so its reason).</summary>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, Suppression Suppression);

/// <summary>
/// The final diagnostics of a document under a <see cref="LintPolicy"/>, with absolute spans in text
/// order and the severities the policy gives them, and the diagnostics its suppression comments accepted.
/// </summary>
public sealed record LintedDocument(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<SuppressedDiagnostic> Suppressed);

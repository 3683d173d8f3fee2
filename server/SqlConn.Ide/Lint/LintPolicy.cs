using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Lint;

/// <summary>
/// How a project wants its diagnostics reported: a severity per code (from sqlconn.json's
/// <c>"rules"</c>); codes it does not name keep the severity the analysis gave them.
/// <see cref="DocumentLint.Apply"/> applies it, with the document's suppression comments.
/// </summary>
public sealed record LintPolicy(ImmutableSortedDictionary<string, RuleSeverity> Rules)
{
    public static LintPolicy Default { get; } = new(ImmutableSortedDictionary<string, RuleSeverity>.Empty);

    /// <summary>The severity <paramref name="diagnostic"/> is reported with, or null when its rule is off.</summary>
    public DiagnosticSeverity? SeverityOf(Diagnostic diagnostic) =>
        Rules.TryGetValue(diagnostic.Code, out var rule) ? rule.ToDiagnosticSeverity() : diagnostic.Severity;
}

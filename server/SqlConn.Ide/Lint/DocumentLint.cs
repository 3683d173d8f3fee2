using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Lint;

/// <summary>
/// The lint pipeline both faces share: <c>sqlconn lint</c> and the language server call it on a
/// document's <see cref="DocumentDiagnostics"/> and report exactly what it returns.
/// </summary>
public static class DocumentLint
{
    /// <summary>
    /// Applies <paramref name="policy"/> and the document's suppression comments to its raw diagnostics:
    /// codes whose rule is off are dropped; the others take the rule's severity, and one whose code a
    /// suppression names (in its statement, or anywhere for a file suppression) is set aside with it
    /// (with the statement's suppression when both cover it; both are used). Then the suppressions' own problems are added (SC5001 a code that
    /// suppressed nothing, SC5002 no reason, SC5003 an invalid comment), under the policy too.
    /// </summary>
    public static LintedDocument Apply(DocumentAnalysis analysis, ImmutableArray<Diagnostic> diagnostics, LintPolicy policy)
    {
        var comments = SuppressionComments.Parse(analysis.Script);
        var used = new HashSet<(Suppression, string)>();
        var kept = new List<Diagnostic>();
        var suppressed = ImmutableArray.CreateBuilder<SuppressedDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (Reported(diagnostic, policy) is not { } reported)
            {
                continue;
            }

            var statement = analysis.StatementAt(diagnostic.Span.Start)?.Index;
            var covering = comments.Suppressions.Where(s => s.Covers(diagnostic.Code, statement)).OrderBy(s => s.Scope).ToList();
            if (covering.Count == 0)
            {
                kept.Add(reported);
                continue;
            }

            used.UnionWith(covering.Select(s => (s, diagnostic.Code)));
            suppressed.Add(new SuppressedDiagnostic(reported, covering[0]));
        }

        var own = comments.Problems
            .Concat(comments.Suppressions.SelectMany(s => Unused(s, used)))
            .Concat(comments.Suppressions.Where(s => s.Reason is null).Select(MissingReason));
        foreach (var problem in own)
        {
            if (policy.SeverityOf(problem) is { } severity)
            {
                kept.Add(problem with { Severity = severity });
            }
        }

        return new LintedDocument(
            [.. kept.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)],
            suppressed.ToImmutable());
    }

    /// <summary><paramref name="diagnostic"/> with the severity <paramref name="policy"/> gives it, or null when its rule is off.</summary>
    public static Diagnostic? Reported(Diagnostic diagnostic, LintPolicy policy) =>
        policy.SeverityOf(diagnostic) is { } severity ? diagnostic with { Severity = severity } : null;

    private static IEnumerable<Diagnostic> Unused(Suppression suppression, HashSet<(Suppression, string)> used)
    {
        if (suppression is { Scope: SuppressionScope.Statement, StatementIndex: null })
        {
            return [new Diagnostic(LintDiagnostics.UnusedSuppression, suppression.Span, "suppression is not followed by a statement",
                Hint: "put it right before the statement it is for")];
        }

        var where = suppression.Scope == SuppressionScope.File ? "in this file" : "in the statement after it";
        return suppression.Codes
            .Where(c => !used.Contains((suppression, c.Code)))
            .Select(c => new Diagnostic(LintDiagnostics.UnusedSuppression, c.Span, $"{c.Code} is not reported {where}",
                Hint: suppression.Codes.Length == 1 ? "remove the comment" : $"remove {c.Code} from the comment"));
    }

    private static Diagnostic MissingReason(Suppression suppression) =>
        new(LintDiagnostics.MissingReason, suppression.Span, "suppression gives no reason",
            Hint: $"say why after a colon: -- {(suppression.Scope == SuppressionScope.File ? SuppressionComments.FileKeyword : SuppressionComments.StatementKeyword)} {suppression.Codes[0].Code}: reason");
}

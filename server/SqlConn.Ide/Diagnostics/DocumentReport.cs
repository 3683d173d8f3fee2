using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Lint;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// What a document of a workspace analysis reports: its <see cref="DocumentDiagnostics"/> under the lint
/// policy and its suppression comments (<see cref="DocumentLint"/>), each with where the objects it
/// names were created (<see cref="ObjectOrigins"/>): what <c>sqlconn lint</c> reports and the language
/// server publishes. Computed from the report of the document's previous analysis, it reads again only
/// what the edit changed: the findings of the statements executed again (<see cref="DocumentFindings"/>),
/// and the edited text for the suppressions' keyword. A document whose text never mentions that keyword
/// has no suppression comment and no problem with one, so its diagnostics are its findings with the
/// policy's severities, without a pass over its comments or its statements; the others go through
/// <see cref="DocumentLint.Apply"/>. Immutable.
/// </summary>
public sealed class DocumentReport
{
    private readonly SourceText text;
    private readonly bool mentionsSuppressions;

    private DocumentReport(SourceText text, bool mentionsSuppressions, DocumentFindings findings, ImmutableArray<ReportedDiagnostic> diagnostics)
    {
        this.text = text;
        this.mentionsSuppressions = mentionsSuppressions;
        Findings = findings;
        Diagnostics = diagnostics;
    }

    public DocumentFindings Findings { get; }

    /// <summary>The reported diagnostics, in text order (then by code).</summary>
    public ImmutableArray<ReportedDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The report of <paramref name="document"/>, a document of the workspace whose objects <paramref name="origins"/>
    /// indexes; <paramref name="previous"/> is the report of an earlier analysis of the same document.
    /// </summary>
    public static DocumentReport Of(DocumentAnalysis document, LintPolicy policy, ObjectOrigins origins, DocumentReport? previous = null)
    {
        var findings = DocumentFindings.Of(document, previous?.Findings);
        foreach (var finding in findings.Ordered)
        {
            // Resolved now, even for a diagnostic the policy drops, so that no finding keeps the analysis it came from.
            _ = finding.Named?.Value;
        }

        var mentions = MentionsSuppressions(document.Text, previous);
        var diagnostics = mentions ? Linted(document, findings, policy, origins) : Unsuppressed(document, findings, policy, origins);
        return new DocumentReport(document.Text, mentions, findings, diagnostics);
    }

    private static ImmutableArray<ReportedDiagnostic> Linted(DocumentAnalysis document, DocumentFindings findings, LintPolicy policy, ObjectOrigins origins) =>
        [.. DocumentLint.Apply(document, findings.Diagnostics, policy).Diagnostics.Select(d => new ReportedDiagnostic(d, origins.For(document, d)))];

    /// <summary>What <see cref="DocumentLint.Apply"/> gives a document without suppression comments: each finding under the policy, in order.</summary>
    private static ImmutableArray<ReportedDiagnostic> Unsuppressed(DocumentAnalysis document, DocumentFindings findings, LintPolicy policy, ObjectOrigins origins)
    {
        var reported = ImmutableArray.CreateBuilder<ReportedDiagnostic>(findings.Ordered.Length);
        foreach (var finding in findings.Ordered)
        {
            if (DocumentLint.Reported(finding.Diagnostic, policy) is { } diagnostic)
            {
                reported.Add(new ReportedDiagnostic(diagnostic, finding.Named?.Value is { } named
                    ? origins.For(document, finding.Statement, named)
                    : origins.For(document, finding.Diagnostic)));
            }
        }

        return reported.DrainToImmutable();
    }

    /// <summary>
    /// Whether <paramref name="text"/> mentions the suppressions' keyword: when the previous text did not,
    /// only around the changes can it (a mention in unchanged text was there before).
    /// </summary>
    private static bool MentionsSuppressions(SourceText text, DocumentReport? previous)
    {
        if (previous is null || previous.mentionsSuppressions)
        {
            return SuppressionComments.Mentioned(text.ToString());
        }

        var reach = SuppressionComments.StatementKeyword.Length - 1;
        var delta = 0;
        foreach (var change in text.GetChangeRanges(previous.text))
        {
            var start = change.Span.Start + delta;
            var around = TextSpan.FromBounds(Math.Max(0, start - reach), Math.Min(text.Length, start + change.NewLength + reach));
            if (SuppressionComments.Mentioned(text.ToString(around)))
            {
                return true;
            }

            delta += change.NewLength - change.Span.Length;
        }

        return false;
    }
}

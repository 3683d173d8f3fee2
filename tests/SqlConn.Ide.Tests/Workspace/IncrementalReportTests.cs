using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.Ide.Workspace;
using SqlConn.Workloads;

namespace SqlConn.Ide.Tests.Workspace;

/// <summary>
/// A document's report computed from the previous one (<see cref="DocumentReport"/>, <see cref="ObjectOrigins"/>
/// and <see cref="DocumentFindings"/> reusing what the edit did not change) must be exactly the report computed
/// from scratch, and what <see cref="DocumentLint.Apply"/> and <see cref="ObjectOrigins.For(DocumentAnalysis, Syntax.Diagnostics.Diagnostic)"/>
/// give: the same diagnostics in the same order, with the same spans, severities, messages and related
/// information, after any sequence of edits, in both documents of a workspace.
/// </summary>
public sealed class IncrementalReportTests
{
    private const string First = "file:///project/a.sql";
    private const string Second = "file:///project/b.sql";

    private static readonly string Script = BenchmarkScript.Materialize(units: 4, seed: 7);

    /// <summary>Names the first document's objects again (related information pointing into it) and alters a secret a running source uses.</summary>
    private const string Other = """
        CREATE SECRET payments_pg_password_0 AS 'again';
        CREATE CONNECTION search_kafka_1 TO KAFKA (BROKER 'k:9092');
        CREATE SOURCE kept_orders IN CLUSTER ingest FROM KAFKA CONNECTION payments_kafka_0 (TOPIC 't') FORMAT JSON;
        ALTER SECRET payments_sasl_password_0 AS 'rotated';
        CREATE CONNECTION growth_pg_2 TO POSTGRES (HOST 'h', USER 'u', PASSWORD SECRET missing_secret);

        """;

    private static readonly string[] Insertions =
    [
        ";", "x", " ", "'", "\n", "--", string.Empty,
        "CREATE SECRET extra AS 'v';",
        "CREATE SECRET payments_pg_password_0 AS 'v';\n",
        "DROP SECRET IF EXISTS payments_pg_password_0;",
        "ALTER SECRET payments_sasl_password_0 AS 'v';\n",
        "DROP SOURCE IF EXISTS kept_orders;\n",
        "\n-- sqlconn-ignore SC2001: known duplicate\n",
        "\n-- sqlconn-ignore-file SC2003: accepted\n",
        "\n-- sqlconn-ignore SC9999\n",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 10)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_edits_report_as_from_scratch(int seed)
    {
        var random = new Random(seed);
        var workspace = WorkspaceState.Empty.Open(First, 1, Script).Open(Second, 1, Other);
        var analysis = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);
        var policy = PolicyFor(analysis);
        var origins = ObjectOrigins.Of(analysis);
        var reports = analysis.Documents.ToDictionary(d => d.Uri, d => DocumentReport.Of(d, policy, origins));
        for (var version = 2; version < 22; version++)
        {
            var uri = random.Next(3) == 0 ? Second : First;
            workspace = workspace.Change(uri, version, [RandomEdit(workspace.Document(uri)!.Text, random)]);
            analysis = WorkspaceAnalyzer.Analyze(workspace, analysis, CancellationToken.None);
            origins = ObjectOrigins.Of(analysis, origins);
            reports = analysis.Documents.ToDictionary(d => d.Uri, d => DocumentReport.Of(d, policy, origins, reports[d.Uri]));

            var scratch = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);
            var scratchOrigins = ObjectOrigins.Of(scratch);
            foreach (var document in scratch.Documents)
            {
                var expected = Render(DocumentReport.Of(document, policy, scratchOrigins).Diagnostics);
                var linted = Render([.. DocumentLint.Apply(document, DocumentDiagnostics.Compute(document), policy).Diagnostics
                    .Select(d => new ReportedDiagnostic(d, scratchOrigins.For(document, d)))]);
                var actual = Render(reports[document.Uri].Diagnostics);
                Assert.True(linted.SequenceEqual(expected),
                    $"seed {seed}, version {version}, {document.Uri}, from scratch\nmissing: {string.Join("\n  ", linted.Except(expected))}\nextra: {string.Join("\n  ", expected.Except(linted))}");
                Assert.True(expected.SequenceEqual(actual),
                    $"seed {seed}, version {version}, {document.Uri}\nmissing: {string.Join("\n  ", expected.Except(actual))}\nextra: {string.Join("\n  ", actual.Except(expected))}");
            }
        }
    }

    [Fact]
    public void The_workspace_exercises_related_information_across_documents_and_stale_secrets()
    {
        var analysis = WorkspaceAnalyzer.Analyze(WorkspaceState.Empty.Open(First, 1, Script).Open(Second, 1, Other), null, CancellationToken.None);
        var origins = ObjectOrigins.Of(analysis);
        var second = DocumentReport.Of(analysis.Document(Second)!, LintPolicy.Default, origins).Diagnostics;

        Assert.Contains(second, r => r.Related.Any(l => l.Uri == First));
        Assert.Contains(second, r => r.Diagnostic.Code == "SC4012");
    }

    [Fact]
    public void Stale_secret_warnings_follow_a_change_of_the_final_state_after_the_alteration()
    {
        var workspace = WorkspaceState.Empty.Open(First, 1, Script).Open(Second, 1, Other);
        var before = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);
        var origins = ObjectOrigins.Of(before);
        var report = DocumentReport.Of(before.Document(Second)!, LintPolicy.Default, origins);
        var end = before.Document(Second)!.Text.Lines.GetLinePosition(Other.Length);
        var edited = workspace.Change(Second, 2, [new DocumentChange(new LinePositionSpan(end, end), "DROP SOURCE kept_orders;\n")]);
        var after = WorkspaceAnalyzer.Analyze(edited, before, CancellationToken.None);

        var kept = DocumentReport.Of(after.Document(Second)!, LintPolicy.Default, ObjectOrigins.Of(after, origins), report);

        Assert.Contains(report.Diagnostics, r => r.Diagnostic.Code == "SC4012");
        Assert.DoesNotContain(kept.Diagnostics, r => r.Diagnostic.Code == "SC4012");
    }

    [Fact]
    public void An_edit_keeps_the_findings_of_the_statements_it_did_not_change()
    {
        var workspace = WorkspaceState.Empty.Open(First, 1, Script);
        var before = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);
        var text = before.Documents[0].Text;
        var edited = workspace.Change(First, 2, [new DocumentChange(new LinePositionSpan(text.Lines.GetLinePosition(text.Length), text.Lines.GetLinePosition(text.Length)), "SELECT 1;")]);
        var after = WorkspaceAnalyzer.Analyze(edited, before, CancellationToken.None);

        var previous = DocumentFindings.Of(before.Documents[0]);
        var kept = DocumentFindings.Of(after.Documents[0], previous);

        Assert.NotEmpty(previous.Diagnostics);
        Assert.Equal(DocumentFindings.Of(after.Documents[0]).Diagnostics.AsEnumerable(), kept.Diagnostics);
        var lastStatement = before.Documents[0].Script.Statements[^1].Offset;
        Assert.All(previous.Diagnostics.TakeWhile(d => d.Span.Start < lastStatement).Zip(kept.Diagnostics), p => Assert.Same(p.First, p.Second));
    }

    /// <summary>A policy that turns the most frequent code off and reports the second as a hint, so that both rules are exercised.</summary>
    private static LintPolicy PolicyFor(WorkspaceAnalysis analysis)
    {
        var codes = analysis.Documents.SelectMany(d => DocumentDiagnostics.Compute(d)).GroupBy(d => d.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        Assert.True(codes.Count >= 3, "the workspace reports too few codes for the policy");
        return new LintPolicy(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(codes[0], RuleSeverity.Off), KeyValuePair.Create(codes[1], RuleSeverity.Hint)]));
    }

    private static ImmutableArray<string> Render(ImmutableArray<ReportedDiagnostic> diagnostics) =>
        [.. diagnostics.Select(r => $"{r.Diagnostic.Span} {r.Diagnostic.Severity} {r.Diagnostic.Code} {r.Diagnostic.Message} | {r.Diagnostic.Detail} | {r.Diagnostic.Hint}"
            + string.Concat(r.Related.Select(l => $" -> {l.Uri} {l.Span} {l.Message}")))];

    /// <summary>Deletes, inserts or replaces a few characters, a statement, a suppression comment or a stretch of the text somewhere.</summary>
    private static DocumentChange RandomEdit(SourceText text, Random random)
    {
        var content = text.ToString();
        var at = random.Next(content.Length + 1);
        var span = new TextSpan(at, Math.Min(random.Next(0, 12), content.Length - at));
        var change = random.Next(5) == 0 && content.Length > 0
            ? new TextChange(new TextSpan(at, 0), content.Substring(random.Next(content.Length / 2), Math.Min(60, content.Length / 2)))
            : new TextChange(span, Insertions[random.Next(Insertions.Length)]);
        return new DocumentChange(new LinePositionSpan(text.Lines.GetLinePosition(change.Span.Start), text.Lines.GetLinePosition(change.Span.End)), change.NewText ?? string.Empty);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;
using SqlConn.Workloads;

namespace SqlConn.Ide.Tests.Workspace;

/// <summary>
/// Incremental analysis must give exactly what analysing from scratch gives: the same statements,
/// results, diagnostics and final state, whatever the edit; and it must actually reuse what did not change.
/// </summary>
public sealed class IncrementalAnalysisTests
{
    private static readonly string Script = BenchmarkScript.Materialize(units: 4, seed: 7);

    /// <summary>One starting state for every analysis, as the workspace keeps it while its settings do not change.</summary>
    private static readonly EngineState Start = Sessions.Start(DefaultCatalog.Create(3), null, SqlDialect.Materialize);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_edits_analyse_as_from_scratch(int seed)
    {
        var random = new Random(seed);
        var text = SourceText.From(Script);
        var previous = Analyze(text, null);
        for (var i = 0; i < 15; i++)
        {
            text = RandomEdit(text, random);
            var incremental = Analyze(text, previous);
            AssertSameAnalysis(Analyze(text, null), incremental);
            previous = incremental;
        }
    }

    [Fact]
    public void Editing_a_query_reexecutes_only_that_query()
    {
        var text = SourceText.From(Script);
        var before = Analyze(text, null);
        var query = before.Script.Statements.First(s => s.Node is Syntax.Tree.QueryStatement && s.Index > 20);
        var edited = text.WithChanges(new TextChange(new TextSpan(query.Span.End, 0), " "));

        var after = Analyze(edited, before);

        AssertSameAnalysis(Analyze(edited, null), after);
        Assert.NotSame(before.Statements[query.Index].Result, after.Statements[query.Index].Result);
        Assert.All(after.Statements.Where(s => s.Statement.Index != query.Index),
            s => Assert.Same(before.Statements[s.Statement.Index].Result, s.Result));
    }

    [Fact]
    public void Editing_a_comment_inside_a_statement_converges_at_that_statement()
    {
        var text = SourceText.From(Script);
        var before = Analyze(text, null);
        var create = before.Script.Statements.First(s => s.Node is Syntax.Tree.CreateConnectionStatement && s.Index > 20);
        var edited = text.WithChanges(new TextChange(new TextSpan(create.Span.Start, 0), "/* moved */ "));

        var after = Analyze(edited, before);

        AssertSameAnalysis(Analyze(edited, null), after);
        Assert.All(after.Statements.Skip(create.Index + 1), s => Assert.Same(before.Statements[s.Statement.Index].Result, s.Result));
    }

    [Fact]
    public void Changing_an_object_reexecutes_the_rest_and_shifts_nothing_wrongly()
    {
        var text = SourceText.From(Script);
        var before = Analyze(text, null);
        var secret = before.Script.Statements.First(s => s.Node is Syntax.Tree.CreateSecretStatement);
        var name = text.ToString().IndexOf("_pg_password_0", secret.Span.Start, StringComparison.Ordinal);
        var edited = text.WithChanges(new TextChange(new TextSpan(name, 1), "X"));

        var after = Analyze(edited, before);

        AssertSameAnalysis(Analyze(edited, null), after);
        Assert.True(DocumentDiagnostics.Compute(after).Length > DocumentDiagnostics.Compute(before).Length);
    }

    [Fact]
    public void A_frozen_analysis_is_exact_up_to_the_edit_and_keeps_the_previous_results_after_it()
    {
        var text = SourceText.From(Script);
        var before = Analyze(text, null);
        var secret = before.Script.Statements.First(s => s.Node is Syntax.Tree.CreateSecretStatement && s.Index > 20);
        var edited = text.WithChanges(new TextChange(new TextSpan(secret.Span.End, 0), " x"));

        var frozen = DocumentAnalyzer.AnalyzeFrozen(new WorkspaceDocument("file:///a.sql", 2, edited, true), SqlDialect.Materialize, before, CancellationToken.None);
        var full = Analyze(edited, before);

        Assert.Equal(edited.ToString(), frozen.Script.Text.ToString());
        Assert.Equal(full.Statements.Length, frozen.Statements.Length);
        Assert.Equal(full.Statements[secret.Index].Result.Error?.Message, frozen.Statements[secret.Index].Result.Error?.Message);
        Assert.NotNull(frozen.Statements[secret.Index].Result.Error);
        Assert.True(StructuralEquality.Equals(full.StateBefore(secret.Index + 1), frozen.StateBefore(secret.Index + 1)));
        Assert.All(frozen.Statements.Skip(secret.Index + 1), s => Assert.Same(before.Statements[s.Statement.Index].Result, s.Result));
        Assert.All(frozen.Statements, s => Assert.Equal(full.Statements[s.Statement.Index].Statement.Offset, s.Statement.Offset));
    }

    [Fact]
    public void Unchanged_text_and_starting_state_reuse_the_whole_analysis()
    {
        var text = SourceText.From(Script);
        var before = Analyze(text, null);

        var again = DocumentAnalyzer.Analyze(new WorkspaceDocument("file:///a.sql", 2, text, true), Start, SqlDialect.Materialize, before, CancellationToken.None);

        Assert.True(again.Statements == before.Statements, "the statements were executed again");
        Assert.Equal(2, again.Version);
    }

    [Fact]
    public void Cancellation_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            DocumentAnalyzer.Analyze(new WorkspaceDocument("file:///a.sql", 1, SourceText.From(Script), true), Start, SqlDialect.Materialize, null, cancelled.Token));
    }

    private static DocumentAnalysis Analyze(SourceText text, DocumentAnalysis? previous) =>
        DocumentAnalyzer.Analyze(new WorkspaceDocument("file:///a.sql", 1, text, true), Start, SqlDialect.Materialize, previous, CancellationToken.None);

    private static void AssertSameAnalysis(DocumentAnalysis expected, DocumentAnalysis actual)
    {
        Assert.Equal(expected.Statements.Length, actual.Statements.Length);
        for (var i = 0; i < expected.Statements.Length; i++)
        {
            var (e, a) = (expected.Statements[i], actual.Statements[i]);
            Assert.Equal(e.Statement.Offset, a.Statement.Offset);
            Assert.Equal(e.Statement.Index, a.Statement.Index);
            Assert.Equal(e.Statement.Syntax.Text, a.Statement.Syntax.Text);
            Assert.Equal(e.Result.Tag, a.Result.Tag);
            Assert.Equal(e.Result.Error?.Message, a.Result.Error?.Message);
            Assert.Equal(e.Result.Notices.Select(n => n.Message), a.Result.Notices.Select(n => n.Message));
            Assert.Equal(e.Result.Rows.Length, a.Result.Rows.Length);
        }

        var (expectedDiagnostics, actualDiagnostics) = (Render(DocumentDiagnostics.Compute(expected)), Render(DocumentDiagnostics.Compute(actual)));
        Assert.True(expectedDiagnostics.SequenceEqual(actualDiagnostics),
            $"missing: {string.Join(" | ", expectedDiagnostics.Except(actualDiagnostics))}\nextra: {string.Join(" | ", actualDiagnostics.Except(expectedDiagnostics))}");
        // The names generation is a cache key that differs between catalogs built apart (see NamesGeneration).
        var expectedAfter = expected.After with { Catalog = expected.After.Catalog with { Names = actual.After.Catalog.Names } };
        Assert.True(StructuralEquality.Equals(expectedAfter, actual.After), "the final states differ");
    }

    private static ImmutableArray<string> Render(ImmutableArray<Syntax.Diagnostics.Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Span} {d.Code} {d.Message}")];

    /// <summary>Deletes, inserts or replaces a few characters, a statement separator or a whole statement somewhere.</summary>
    private static SourceText RandomEdit(SourceText text, Random random)
    {
        var content = text.ToString();
        var at = random.Next(content.Length + 1);
        var span = new TextSpan(at, Math.Min(random.Next(0, 12), content.Length - at));
        string[] insertions = [";", "x", " ", "'", "\n", "CREATE SECRET extra AS 'v';", "DROP SECRET IF EXISTS payments_pg_password_0;", "--", string.Empty];
        return random.Next(4) == 0
            ? text.WithChanges(new TextChange(new TextSpan(at, 0), content.Substring(random.Next(content.Length / 2), 60)))
            : text.WithChanges(new TextChange(span, insertions[random.Next(insertions.Length)]));
    }
}

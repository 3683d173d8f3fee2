using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Features.Completion;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;
using SqlConn.Workloads;

namespace SqlConn.Benchmarks;

/// <summary>
/// Issue 6's completion target, on the 20,000-statement document: a letter typed inside the option
/// list of a CREATE CONNECTION in the middle, then the document as it is now
/// (<see cref="DocumentAnalyzer.AnalyzeFrozen"/>, what the server's <c>DocumentNowAsync</c> gives
/// position requests, reparsed incrementally) and the completion items at the
/// cursor (<see cref="CompletionService.Complete"/>). JSON-RPC is not included.
/// </summary>
[Config(typeof(LatencyConfig))]
public class CompletionAnalysisBenchmarks
{
    private const string Uri = "untitled:benchmark.sql";

    private readonly SyntaxReuseCache reuse = new();
    private WorkspaceState workspace = WorkspaceState.Empty;
    private DocumentAnalysis? baseline;
    private LinePosition cursor;
    private int version = 1;

    [GlobalSetup]
    public void Setup()
    {
        workspace = WorkspaceState.Empty.Open(Uri, 1, BenchmarkScript.Materialize());
        var analysis = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);
        baseline = analysis.Documents[0];
        var create = baseline.Script.Statements.First(s => s.Index > baseline.Script.Statements.Length / 2 && s.Node is CreateConnectionStatement);
        cursor = baseline.Text.Lines.GetLinePosition(baseline.Text.ToString().IndexOf(", PORT", create.Span.Start, StringComparison.Ordinal) + 2);
    }

    [Benchmark]
    public int CompletionAfterAKeystroke()
    {
        var previous = baseline ?? throw new InvalidOperationException("no setup");
        var typed = new LinePosition(cursor.Line, cursor.Character + 1);
        var edited = workspace.Change(Uri, ++version, [new DocumentChange(new LinePositionSpan(cursor, cursor), "S")]);
        var document = edited.Document(Uri) ?? throw new InvalidOperationException("no document");
        var now = DocumentAnalyzer.AnalyzeFrozen(document, SqlDialect.Materialize, previous, CancellationToken.None, reuse);
        return CompletionService.Complete(now, now.Text.Lines.GetPosition(typed)).Length;
    }
}

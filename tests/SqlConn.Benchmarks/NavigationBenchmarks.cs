using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Features.DocumentSymbols;
using SqlConn.Ide.Features.FoldingRanges;
using SqlConn.Ide.Features.Navigation;
using SqlConn.Ide.Features.Rename;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax.Tree;
using SqlConn.Workloads;

namespace SqlConn.Benchmarks;

/// <summary>
/// The navigation requests of the language server on the 20,000-statement document, from a complete
/// analysis (what the handlers get): each from the name of a secret used in the middle of the document.
/// </summary>
[Config(typeof(LatencyConfig))]
public class NavigationBenchmarks
{
    private const string Uri = "untitled:benchmark.sql";

    private WorkspaceAnalysis? analysis;
    private int position;

    private WorkspaceAnalysis Analysis => analysis ?? throw new InvalidOperationException("no setup");

    [GlobalSetup]
    public void Setup()
    {
        analysis = WorkspaceAnalyzer.Analyze(WorkspaceState.Empty.Open(Uri, 1, BenchmarkScript.Materialize()), null, CancellationToken.None);
        var document = analysis.Documents[0];
        var create = document.Script.Statements.First(s => s.Index > document.Script.Statements.Length / 2 && s.Node is CreateConnectionStatement c && c.Options.Any(o => o.Value is SecretValue));
        position = document.Text.ToString().IndexOf("SECRET ", create.Span.Start, StringComparison.Ordinal) + "SECRET ".Length + 1;
    }

    [Benchmark]
    public ImmutableArray<DefinitionTarget> Definition() => GoToDefinition.Find(Analysis, Uri, position);

    [Benchmark]
    public ImmutableArray<ReferenceLocation> References() => FindReferences.Find(Analysis, Uri, position, includeDeclaration: true);

    [Benchmark]
    public RenameResult Rename() => RenameSymbol.Execute(Analysis, Uri, position, "renamed_secret");

    [Benchmark]
    public ImmutableArray<DocumentSymbol> DocumentSymbols() => DocumentOutline.Of(Analysis.Documents[0]);

    [Benchmark]
    public ImmutableArray<FoldingRange> FoldingRanges() => Folding.Compute(Analysis.Documents[0]);
}

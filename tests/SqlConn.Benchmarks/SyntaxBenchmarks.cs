using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Workloads;

namespace SqlConn.Benchmarks;

/// <summary>
/// Parsing the 20,000-statement benchmark script, and linting it (parse, then render every
/// diagnostic as the CLI's text output does). The MB/s column is the script size over the mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SyntaxBenchmarks
{
    private SourceText text = SourceText.From(string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        text = SourceText.From(BenchmarkScript.Materialize());
    }

    [Benchmark]
    public ParsedScript Parse() => SqlParser.ParseScript(text);

    [Benchmark]
    public int Lint()
    {
        var script = SqlParser.ParseScript(text);
        return script.Diagnostics.Sum(d => DiagnosticRenderer.Render(text, d).Length);
    }
}

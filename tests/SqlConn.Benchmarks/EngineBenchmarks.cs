using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;
using SqlConn.Workloads;

namespace SqlConn.Benchmarks;

/// <summary>
/// Executing the parsed 20,000-statement benchmark script in the catalog simulator, from a fresh
/// catalog with a fixed seed (issue 3 asks for under 200 ms). Parsing is done once, in the setup.
/// <see cref="Execute"/> keeps the final state (<c>lint</c>'s baseline scripts: every statement executed, its
/// result dropped once the next one ran); <see cref="ExecuteKeepingEveryState"/> keeps every result and the
/// state after each statement, as a document's full analysis in the language server (and <c>sqlconn lint</c>) does.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ParsedScript script = SqlParser.ParseScript(SourceText.From(string.Empty));

    [GlobalSetup]
    public void Setup() => script = SqlParser.ParseScript(SourceText.From(BenchmarkScript.Materialize()));

    [Benchmark]
    public EngineState Execute() => ScriptRunner.RunToEnd(Start(), script);

    [Benchmark]
    public EngineState ExecuteKeepingEveryState() => ScriptRunner.Run(Start(), script).Final;

    private EngineState Start() => Sessions.Start(DefaultCatalog.Create(1), null, script.Dialect);
}

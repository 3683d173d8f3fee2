using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;
using SqlConn.Workloads;

namespace SqlConn.Benchmarks;

/// <summary>
/// Issue 6's latency target: on the 20,000-statement document open in the language server, a
/// one-character edit (<c>textDocument/didChange</c>) to its published diagnostics
/// (<c>textDocument/publishDiagnostics</c> of that version), through the whole server: JSON-RPC,
/// the incremental analysis, diagnostics, serialisation. Each operation alternately types the
/// character and deletes it. The debounce delay is 0 here (the server's default adds 100 ms).
/// </summary>
[Config(typeof(LatencyConfig))]
public class ServerEditBenchmarks
{
    private const string Uri = "untitled:benchmark.sql";

    private InProcessServer? server;
    private LinePosition at;
    private string inserted = string.Empty;
    private int version = 1;

    [Params(EditKind.QueryLiteral, EditKind.SpaceBeforeCreate, EditKind.AtTheEnd, EditKind.ConnectionHost)]
    public EditKind Edit { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var script = BenchmarkScript.Materialize();
        var analysis = WorkspaceAnalyzer.Analyze(WorkspaceState.Empty.Open(Uri, 1, script), null, CancellationToken.None).Documents[0];
        var (offset, text) = EditKinds.Locate(Edit, analysis);
        (at, inserted) = (analysis.Text.Lines.GetLinePosition(offset), text);
        server = new InProcessServer();
        server.Send("initialize", new { capabilities = new { } }, id: 1);
        server.Send("initialized", new { });
        server.Send("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "sql", version, text = script } });
        server.Diagnostics(Uri, version);
    }

    [Benchmark]
    public int EditToPublishedDiagnostics()
    {
        var active = server ?? throw new InvalidOperationException("no setup");
        version++;
        var end = version % 2 == 0 ? at : new LinePosition(at.Line, at.Character + inserted.Length);
        active.Send("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version },
            contentChanges = new[] { new { range = new { start = new { line = at.Line, character = at.Character }, end = new { line = end.Line, character = end.Character } }, text = version % 2 == 0 ? inserted : string.Empty } },
        });
        return active.Diagnostics(Uri, version).GetProperty("params").GetProperty("diagnostics").GetArrayLength();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        GC.Collect();
        Console.WriteLine($"// working set after {version - 1} edits of the 20,000-statement document: {Environment.WorkingSet / 1_000_000} MB (managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1_000_000} MB)");
        server?.Dispose();
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tests.Support;

/// <summary>
/// Builds the analysis snapshots the features read, the simple way: parse each document and run it in
/// the simulator after the documents before it, from a fresh catalog (seed 1). The language server
/// builds the same snapshots incrementally.
/// </summary>
internal static class Analyses
{
    public const ulong Seed = 1;

    public const string DefaultUri = "file:///test.sql";

    public static DocumentAnalysis Document(string text, string uri = DefaultUri) => Workspace([(uri, text)]).Documents[0];

    public static WorkspaceAnalysis Workspace(IEnumerable<(string Uri, string Text)> documents)
    {
        var settings = AnalysisSettings.Default with { Seed = Seed };
        var state = Sessions.Start(DefaultCatalog.Create(Seed), settings.Role, settings.Dialect);
        var analysed = ImmutableArray.CreateBuilder<DocumentAnalysis>();
        foreach (var (uri, content) in documents)
        {
            var text = SourceText.From(content);
            var script = SqlParser.ParseScript(text, settings.Dialect);
            var run = ScriptRunner.Run(state, script);
            analysed.Add(new DocumentAnalysis(uri, 1, text, script, state, run.Statements));
            state = run.Final;
        }

        return new WorkspaceAnalysis(analysed.ToImmutable(), settings);
    }
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Engine.Privileges;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Features.Privileges;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tests.Workspace;

public sealed class WorkspaceAnalyzerTests
{
    private const string Secrets = "CREATE SECRET pg_password AS 'Zq9xWvKpYj';\n";
    private const string Connection = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'u', PASSWORD SECRET pg_password, DATABASE 'd');\n";

    [Fact]
    public void Objects_created_in_one_file_resolve_in_the_next_in_path_order()
    {
        var workspace = Workspace(("/w/b.sql", Connection), ("/w/a.sql", Secrets));

        var analysis = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);

        Assert.Equal(["/w/a.sql", "/w/b.sql"], analysis.Documents.Select(d => DocumentUri.TryGetPath(d.Uri)));
        Assert.All(analysis.Documents, d => Assert.Empty(DocumentDiagnostics.Compute(d)));
    }

    [Fact]
    public void An_open_document_replaces_the_file_and_its_effects_reach_the_next_files()
    {
        var workspace = Workspace(("/w/a.sql", Secrets), ("/w/b.sql", Connection));
        var first = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);

        var edited = workspace.Open(DocumentUri.FromPath("/w/a.sql"), 1, "CREATE SECRET other AS 'x';\n");
        var second = WorkspaceAnalyzer.Analyze(edited, first, CancellationToken.None);

        Assert.Equal(2, second.Documents.Length);
        Assert.True(second.Documents[0].Text.ToString().Contains("other", StringComparison.Ordinal));
        Assert.Equal(["SC2001"], DocumentDiagnostics.Compute(second.Documents[1]).Select(d => d.Code));
    }

    [Fact]
    public void An_edit_that_leaves_a_file_with_the_same_effect_keeps_the_later_files_analyses()
    {
        var workspace = Workspace(("/w/a.sql", Secrets), ("/w/b.sql", Connection));
        var first = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);

        var edited = workspace.Open(DocumentUri.FromPath("/w/a.sql"), 1, "-- a comment\n" + Secrets);
        var second = WorkspaceAnalyzer.Analyze(edited, first, CancellationToken.None);

        Assert.NotSame(first.Documents[0], second.Documents[0]);
        Assert.True(first.Documents[1].Statements == second.Documents[1].Statements, "the second file was analysed again");
    }

    [Fact]
    public void A_secret_altered_first_in_a_document_after_one_of_the_other_dialect_is_found_stale()
    {
        var workspace = Workspace(
            ("/w/a.sql", """
                CREATE SECRET pw AS 'a';
                CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL MECHANISMS 'PLAIN', SASL USERNAME 'u', SASL PASSWORD SECRET pw);
                CREATE CLUSTER ingest (SIZE '25cc');
                CREATE SOURCE s IN CLUSTER ingest FROM KAFKA CONNECTION k (TOPIC 't') FORMAT JSON;

                """),
            ("/w/b.sql", "-- sqlconn: dialect=cockroachdb\nCREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';\n"),
            ("/w/c.sql", "ALTER SECRET pw AS 'b';\n"));

        var analysis = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);

        // The document starts in a CockroachDB session; its first statement runs, and is read, in a Materialize one.
        Assert.Equal(["SC4012"], DocumentDiagnostics.Compute(analysis.Documents[2]).Select(d => d.Code));
    }

    [Fact]
    public void Settings_decide_the_dialect_and_the_role()
    {
        var workspace = Workspace(("/w/a.sql", "CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';\n")) with
        {
            Configuration = WorkspaceSettings.Default with { Analysis = new AnalysisSettings(SqlDialect.CockroachDb, null, 0) },
        };

        var analysis = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None);

        Assert.Equal(SqlDialect.CockroachDb, analysis.Documents[0].Script.Dialect);
        Assert.Empty(DocumentDiagnostics.Compute(analysis.Documents[0]));
    }

    [Fact]
    public void A_document_that_switches_to_cockroachdb_runs_as_root_from_its_first_statement()
    {
        var workspace = Workspace(("/w/a.sql", "-- sqlconn: dialect=cockroachdb\nCREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';\n"));

        var document = WorkspaceAnalyzer.Analyze(workspace, null, CancellationToken.None).Documents[0];

        Assert.Empty(DocumentDiagnostics.Compute(document));
        var check = Assert.Single(StatementPrivileges.Of(document, document.Script.Statements[0]));
        Assert.Equal(Grant.Admin, check.Grant);
    }

    [Fact]
    public void Incremental_changes_apply_in_order_and_out_of_range_positions_are_clamped()
    {
        var uri = "untitled:1";
        var state = WorkspaceState.Empty.Open(uri, 1, "abc\ndef");

        state = state.Change(uri, 2,
        [
            new DocumentChange(new LinePositionSpan(new LinePosition(0, 1), new LinePosition(1, 1)), "X"),
            new DocumentChange(new LinePositionSpan(new LinePosition(0, 99), new LinePosition(7, 0)), "!"),
        ]);

        Assert.Equal("aXef!", state.OpenDocument(uri)?.Text.ToString());
        Assert.Equal(2, state.OpenDocument(uri)?.Version);
    }

    [Fact]
    public void Uris_in_different_spellings_are_one_document()
    {
        Assert.Equal(DocumentUri.Key("file:///w/a%20b.sql"), DocumentUri.Key("file:///w/a b.sql"));
        Assert.Equal("untitled:Untitled-1", DocumentUri.Key("untitled:Untitled-1"));
    }

    private static WorkspaceState Workspace(params (string Path, string Text)[] files) =>
        WorkspaceState.Empty.WithFolders(["/w"], files.Select(f => (f.Path, SourceText.From(f.Text))));
}

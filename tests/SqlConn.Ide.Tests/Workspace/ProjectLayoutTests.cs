using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Snapshots;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Tests.Workspace;

/// <summary>A workspace with a sqlconn.json runs its documents as <c>sqlconn lint</c> runs the project: in the order of its scripts, on top of its baseline.</summary>
public sealed class ProjectLayoutTests : IDisposable
{
    private const string Secret = "CREATE SECRET pg_password AS 'Zq9xWvKpYj';\n";
    private const string Connection = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'u', PASSWORD SECRET pg_password, DATABASE 'd');\n";

    private readonly string root = Path.Combine(Path.GetTempPath(), "sqlconn-layout-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> problems = [];

    public ProjectLayoutTests() => Directory.CreateDirectory(root);

    [Fact]
    public void Without_sqlconn_json_documents_run_in_path_order_on_a_fresh_catalog()
    {
        Write("a.sql", Connection);
        Write("b.sql", Secret);

        var analysis = Analyze();

        Assert.Equal(["a.sql", "b.sql"], Names(analysis));
        Assert.Equal("SC2001", Assert.Single(DocumentDiagnostics.Compute(analysis.Documents[0])).Descriptor.Code);
        Assert.Equal(PrivilegeMode.Warn, analysis.Documents[0].Before.Session.PrivilegeMode);
    }

    [Fact]
    public void Files_the_scripts_list_run_first_in_their_order_then_the_others_in_path_order()
    {
        Write("sqlconn.json", """{ "scripts": ["migrations/b.sql", "migrations/*.sql"] }""");
        Write("migrations/a.sql", Connection);
        Write("migrations/b.sql", Secret);
        Write("extra/0.sql", "SELECT 1;\n");

        var analysis = Analyze();

        Assert.Equal(["b.sql", "a.sql", "0.sql"], Names(analysis));
        Assert.All(analysis.Documents, d => Assert.Empty(DocumentDiagnostics.Compute(d)));
    }

    [Fact]
    public void Baseline_scripts_run_before_the_documents_and_are_not_documents_themselves()
    {
        Write("sqlconn.json", """{ "baseline": ["baseline/*.sql"] }""");
        Write("baseline/setup.sql", Secret);
        Write("a.sql", Connection);

        var analysis = Analyze();

        Assert.Equal(["a.sql"], Names(analysis));
        Assert.Empty(DocumentDiagnostics.Compute(analysis.Documents[0]));
        Assert.Empty(problems);
    }

    [Fact]
    public void A_snapshot_baseline_is_the_catalog_the_documents_start_from()
    {
        var saved = ScriptRunner.Run(Sessions.Start(DefaultCatalog.Create(3), null, SqlDialect.Materialize), SqlParser.ParseScript(Secret)).Final.Catalog;
        File.WriteAllBytes(Path.Combine(root, "production.snapshot"), SnapshotFormat.Serialize(saved));
        Write("sqlconn.json", """{ "baseline": "production.snapshot" }""");
        Write("a.sql", Connection);

        var analysis = Analyze();

        Assert.Empty(DocumentDiagnostics.Compute(analysis.Documents[0]));
    }

    [Fact]
    public void A_role_lacking_usage_gets_a_privilege_warning_and_the_statement_goes_on()
    {
        Write("sqlconn.json", """{ "role": "app", "baseline": ["setup.sql"] }""");
        Write("setup.sql", "CREATE ROLE app;\nGRANT CREATE ON SCHEMA materialize.public TO app;\n" + Secret);
        Write("a.sql", Connection + "SELECT name FROM mz_connections;\n");

        var analysis = Analyze();

        var warning = Assert.Single(DocumentDiagnostics.Compute(analysis.Documents[0]));
        Assert.Equal(("SC3001", "permission denied for SECRET \"materialize.public.pg_password\""), (warning.Descriptor.Code, warning.Message));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("The 'app' role needs USAGE privileges on SECRET \"materialize.public.pg_password\"", warning.Detail);
    }

    [Fact]
    public void An_unreadable_baseline_is_reported_and_the_documents_start_from_a_fresh_catalog()
    {
        Write("sqlconn.json", """{ "baseline": ["missing/*.sql"] }""");
        Write("a.sql", Secret);

        var analysis = Analyze();

        Assert.Empty(DocumentDiagnostics.Compute(analysis.Documents[0]));
        Assert.Contains("\"baseline\": \"missing/*.sql\" matches no file", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_to_baseline_files_and_files_its_globs_select_affect_the_baseline()
    {
        Write("sqlconn.json", """{ "baseline": ["baseline/*.sql"] }""");
        Write("baseline/setup.sql", Secret);

        var project = Resolve().Project;

        Assert.True(project.AffectsBaseline(Path.Combine(root, "baseline", "setup.sql")));
        Assert.True(project.AffectsBaseline(Path.Combine(root, "baseline", "new.sql")));
        Assert.False(project.AffectsBaseline(Path.Combine(root, "a.sql")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? root);
        File.WriteAllText(path, text);
    }

    private WorkspaceSettings Resolve() => new ProjectSettingsSource().Resolve(EditorSettings.None, [root], problems.Add);

    private WorkspaceAnalysis Analyze()
    {
        var state = WorkspaceState.Empty.WithFolders([root], WorkspaceFiles.Read([root], problems.Add)) with { Configuration = Resolve() };
        return WorkspaceAnalyzer.Analyze(state, null, CancellationToken.None);
    }

    private static IEnumerable<string> Names(WorkspaceAnalysis analysis) => analysis.Documents.Select(d => Path.GetFileName(DocumentUri.TryGetPath(d.Uri) ?? d.Uri));
}

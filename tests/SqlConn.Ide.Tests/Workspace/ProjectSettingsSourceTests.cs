using SqlConn.Ide.Lint;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tests.Workspace;

public sealed class ProjectSettingsSourceTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sqlconn-settings-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> problems = [];

    public ProjectSettingsSourceTests() => Directory.CreateDirectory(Path.Combine(root, "migrations"));

    [Fact]
    public void Without_sqlconn_json_the_editor_settings_apply()
    {
        var settings = Resolve(new EditorSettings(SqlDialect.CockroachDb, "analyst", 7));

        Assert.Equal(new(SqlDialect.CockroachDb, "analyst", 7), settings.Analysis);
        Assert.Same(LintPolicy.Default, settings.Policy);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_file_above_a_folder_wins_and_the_editor_fills_in_the_rest()
    {
        File.WriteAllText(Path.Combine(root, "sqlconn.json"), """{ "dialect": "cockroachdb", "rules": { "SC2103": "warning" } }""");

        var settings = Resolve(new EditorSettings(SqlDialect.Materialize, "analyst", null));

        Assert.Equal(new(SqlDialect.CockroachDb, "analyst", 0), settings.Analysis);
        Assert.Equal(RuleSeverity.Warning, settings.Policy.Rules["SC2103"]);
    }

    [Fact]
    public void An_unusable_file_is_reported_and_ignored()
    {
        File.WriteAllText(Path.Combine(root, "sqlconn.json"), """{ "dialect": 5 }""");

        var settings = Resolve(EditorSettings.None);

        Assert.Equal(WorkspaceSettings.Default, settings);
        Assert.StartsWith("sqlconn.json is not used", Assert.Single(problems), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private WorkspaceSettings Resolve(EditorSettings editor) =>
        new ProjectSettingsSource().Resolve(editor, [Path.Combine(root, "migrations")], problems.Add);
}

using SqlConn.Engine.Catalog;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tests.Ci;

/// <summary>The state a project starts in: a snapshot or a fresh catalog, the baseline scripts as the superuser, then a session as the project's role.</summary>
public sealed class BaselineTests
{
    [Fact]
    public void Baseline_scripts_run_as_the_superuser_and_the_project_as_its_role()
    {
        var settings = new AnalysisSettings(SqlDialect.Materialize, "deployer", 3);
        var scripts = new[] { SqlParser.ParseScript("CREATE SECRET kafka_password AS 'x';\nSET ROLE mz_support;") };

        var state = Baseline.Start(settings, null, scripts);

        Assert.NotNull(state.Catalog.FindItem(DefaultCatalog.PublicSchemaId, "kafka_password"));
        Assert.Equal("deployer", state.Catalog.Roles[state.Session.RoleId].Name);
        Assert.Equal(state.Session.RoleId, state.Session.SessionRoleId);
        Assert.Equal(DefaultCatalog.Create(3).Environment, state.Catalog.Environment);
    }

    [Fact]
    public void A_snapshot_replaces_the_fresh_catalog()
    {
        var snapshot = Baseline.Start(AnalysisSettings.Default, null, [SqlParser.ParseScript("CREATE SECRET old AS 'x';")]).Catalog;

        var state = Baseline.Start(AnalysisSettings.Default, snapshot, [SqlParser.ParseScript("CREATE SECRET newer AS 'x';")]);

        Assert.NotNull(state.Catalog.FindItem(DefaultCatalog.PublicSchemaId, "old"));
        Assert.NotNull(state.Catalog.FindItem(DefaultCatalog.PublicSchemaId, "newer"));
        Assert.Equal("materialize", state.Catalog.Roles[state.Session.RoleId].Name);
    }
}

using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>How CockroachDB sessions start (<c>--role</c>), and SET ROLE for a session user who is not root.</summary>
public sealed class ClusterSessionTests
{
    [Fact]
    public void A_session_starts_as_root()
    {
        var state = Sessions.Start(DefaultCatalog.Create(1), null, SqlDialect.CockroachDb);

        Assert.Equal("root", state.Session.RoleId);
        Assert.False(CockroachScripts.Execute("CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c'", state).Failed);
    }

    [Fact]
    public void An_unknown_role_logs_in_as_a_new_ordinary_user()
    {
        var state = Sessions.Start(DefaultCatalog.Create(1), "MaxRoach", SqlDialect.CockroachDb);

        Assert.Equal("maxroach", state.Session.RoleId);
        var user = state.Catalog.Cockroach.Roles["maxroach"];
        Assert.False(user.IsRole);
        Assert.Empty(user.MemberOf);
        Assert.Equal(
            "only users with the EXTERNALCONNECTION system privilege are allowed to CREATE EXTERNAL CONNECTION",
            CockroachScripts.Execute("CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c'", state).Error?.Message);
    }

    [Fact]
    public void A_known_user_logs_in_with_its_privileges()
    {
        var setup = CockroachScripts.Setup("CREATE USER maxroach;\nGRANT SYSTEM EXTERNALCONNECTION TO maxroach;");

        var state = Sessions.Start(setup.Catalog, "maxroach", SqlDialect.CockroachDb);

        Assert.False(CockroachScripts.Execute("CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c'", state).Failed);
    }

    [Theory]
    [InlineData("SET ROLE testuser", null)]
    [InlineData("SET ROLE root", "only root can become root")]
    [InlineData("SET ROLE testuser2", "permission denied to set role \"testuser2\"")]
    [InlineData("SET ROLE member_of", null)]
    [InlineData("SET ROLE none", null)]
    public void A_user_may_become_itself_and_its_roles(string statement, string? error)
    {
        var setup = CockroachScripts.Setup("CREATE USER testuser;\nCREATE USER testuser2;\nCREATE ROLE member_of;\nGRANT member_of TO testuser;");
        var state = Sessions.Start(setup.Catalog, "testuser", SqlDialect.CockroachDb);

        Assert.Equal(error, CockroachScripts.Execute(statement, state).Error?.Message);
    }

    [Theory]
    [InlineData("SET ROLE testuser2", null)]
    [InlineData("SET ROLE root", "only root can become root")]
    public void An_admin_may_become_anyone_but_root(string statement, string? error)
    {
        var setup = CockroachScripts.Setup("CREATE USER testuser;\nCREATE USER testuser2;\nGRANT admin TO testuser;");
        var state = Sessions.Start(setup.Catalog, "testuser", SqlDialect.CockroachDb);

        Assert.Equal(error, CockroachScripts.Execute(statement, state).Error?.Message);
    }

    [Fact]
    public void Privileges_are_the_current_users_and_reset_returns_to_the_session_user()
    {
        var setup = CockroachScripts.Setup("CREATE USER testuser;\nCREATE USER testuser2;\nGRANT admin TO testuser;");
        var state = Sessions.Start(setup.Catalog, "testuser", SqlDialect.CockroachDb);

        var run = CockroachScripts.Run("""
            SET ROLE testuser2;
            CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';
            RESET ROLE;
            CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';
            """, state);

        Assert.Equal([false, true, false, false], run.Statements.Select(s => s.Result.Failed));
        Assert.Equal("testuser", run.Final.Session.RoleId);
    }

    [Fact]
    public void A_session_that_only_warns_reports_missing_privileges_and_goes_on()
    {
        var start = Sessions.Start(DefaultCatalog.Create(1), "testuser", SqlDialect.CockroachDb);
        var state = start with { Session = start.Session with { PrivilegeMode = PrivilegeMode.Warn } };

        var run = CockroachScripts.Run("""
            CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';
            SHOW CREATE ALL EXTERNAL CONNECTIONS;
            """, state);

        Assert.All(run.Statements, s => Assert.False(s.Result.Failed));
        var warning = Assert.Single(run.Statements[0].Result.Notices, n => n.Level == "WARNING");
        Assert.Equal("only users with the EXTERNALCONNECTION system privilege are allowed to CREATE EXTERNAL CONNECTION", warning.Message);
        Assert.Equal(Syntax.Diagnostics.DiagnosticSeverity.Warning, warning.ToDiagnostic()?.Severity);
        Assert.Single(run.Statements[1].Result.Rows);
    }

    [Fact]
    public void A_session_started_for_the_other_dialect_keeps_the_privilege_mode()
    {
        var start = Sessions.Start(DefaultCatalog.Create(1), null, SqlDialect.Materialize);
        var warning = start with { Session = start.Session with { PrivilegeMode = PrivilegeMode.Warn } };

        var run = CockroachScripts.Run("SHOW EXTERNAL CONNECTIONS;", warning);

        Assert.Equal((SqlDialect.CockroachDb, PrivilegeMode.Warn), (run.Final.Session.Dialect, run.Final.Session.PrivilegeMode));
    }

    [Fact]
    public void A_script_of_the_other_dialect_starts_a_session_as_its_default_user()
    {
        var materialize = Sessions.Start(DefaultCatalog.Create(1), "analyst", SqlDialect.Materialize);

        var run = CockroachScripts.Run("CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';", materialize);

        Assert.False(Assert.Single(run.Statements).Result.Failed);
        Assert.Equal("root", run.Final.Session.RoleId);
    }
}

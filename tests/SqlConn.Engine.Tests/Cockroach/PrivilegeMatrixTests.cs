using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>
/// Every CockroachDB statement that checks a privilege, run by <c>testuser</c>: without the privilege it fails
/// with CockroachDB's exact message; with the privilege granted directly, through a role, as an admin, or (for
/// the statements on a connection) as the connection's creator, it passes. Root sets the stage; SET ROLE
/// makes testuser the current user. Each time, the privilege explanation (<see cref="PrivilegeExplainer"/>)
/// agrees: a requirement is missing exactly when the statement is denied, and the held ones say how.
/// </summary>
public sealed class PrivilegeMatrixTests
{
    /// <summary>The other users and grants every stage has; the connection <c>c</c> exists before.</summary>
    private const string Others = """
        CREATE USER other;
        CREATE USER dropme;
        CREATE ROLE r;
        GRANT USAGE ON EXTERNAL CONNECTION c TO other;
        GRANT SYSTEM EXTERNALCONNECTION TO other;
        """;

    private const string RootCreatesConnection = $"""
        CREATE USER testuser;
        CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';
        {Others}
        """;

    /// <summary>testuser creates <c>c</c>, then loses the system privilege it needed for that.</summary>
    private const string TestuserCreatesConnection = $"""
        CREATE USER testuser;
        GRANT SYSTEM EXTERNALCONNECTION TO testuser;
        SET ROLE testuser;
        CREATE EXTERNAL CONNECTION c AS 'nodelocal://1/c';
        RESET ROLE;
        REVOKE SYSTEM EXTERNALCONNECTION FROM testuser;
        {Others}
        """;

    /// <summary>
    /// Each privileged statement: what grants the privilege (<c>{0}</c> is the grantee), CockroachDB's error
    /// without it, and whether the creator of <c>c</c> passes. The creator holds ALL on <c>c</c>, without grant
    /// options: it cannot pass privileges on (CockroachDB's synthetic privilege objects are owned by admin).
    /// </summary>
    private static readonly Dictionary<string, (string Grant, string Error, bool CreatorPasses)> Cases = new()
    {
        ["CREATE EXTERNAL CONNECTION d AS 'nodelocal://1/d'"] = ("SYSTEM EXTERNALCONNECTION TO {0}",
            "only users with the EXTERNALCONNECTION system privilege are allowed to CREATE EXTERNAL CONNECTION", false),
        ["ALTER EXTERNAL CONNECTION c AS 'nodelocal://1/new'"] = ("UPDATE ON EXTERNAL CONNECTION c TO {0}",
            "user testuser does not have UPDATE privilege on external_connection c", true),
        ["ALTER EXTERNAL CONNECTION IF EXISTS c AS 'nodelocal://1/new'"] = ("UPDATE ON EXTERNAL CONNECTION c TO {0}",
            "user testuser does not have UPDATE privilege on external_connection c", true),
        ["DROP EXTERNAL CONNECTION c"] = ("DROP ON EXTERNAL CONNECTION c TO {0}",
            "user testuser does not have DROP privilege on external_connection c", true),
        ["SHOW EXTERNAL CONNECTION c"] = ("USAGE ON EXTERNAL CONNECTION c TO {0}",
            "must have USAGE privilege or be owner of the External Connection \"c\"", true),
        ["SHOW CREATE EXTERNAL CONNECTION c"] = ("SYSTEM VIEWCLUSTERMETADATA TO {0}",
            "must have VIEWCLUSTERMETADATA privilege or be owner of the External Connection \"c\"", true),
        ["SHOW CREATE ALL EXTERNAL CONNECTIONS"] = ("SYSTEM VIEWCLUSTERMETADATA TO {0}",
            "must have VIEWCLUSTERMETADATA privilege to run `SHOW CREATE ALL EXTERNAL CONNECTIONS`", false),
        ["CHECK EXTERNAL CONNECTION 'external://c'"] = ("USAGE ON EXTERNAL CONNECTION c TO {0}",
            "user testuser does not have USAGE privilege on external_connection c", true),
        ["CHECK EXTERNAL CONNECTION 's3://bucket/path?AUTH=implicit'"] = ("SYSTEM EXTERNALIOIMPLICITACCESS TO {0}",
            "only users with the admin role or the EXTERNALIOIMPLICITACCESS system privilege are allowed to access the specified s3 URI", false),
        ["GRANT USAGE ON EXTERNAL CONNECTION c TO other"] = ("USAGE ON EXTERNAL CONNECTION c TO {0} WITH GRANT OPTION",
            "user testuser missing WITH GRANT OPTION privilege on USAGE", false),
        ["REVOKE USAGE ON EXTERNAL CONNECTION c FROM other"] = ("USAGE ON EXTERNAL CONNECTION c TO {0} WITH GRANT OPTION",
            "user testuser missing WITH GRANT OPTION privilege on USAGE", false),
        ["REVOKE GRANT OPTION FOR USAGE, DROP ON EXTERNAL CONNECTION c FROM other"] = ("USAGE, DROP ON EXTERNAL CONNECTION c TO {0} WITH GRANT OPTION",
            "user testuser missing WITH GRANT OPTION privilege on one or more of USAGE, DROP", false),
        ["GRANT SYSTEM EXTERNALCONNECTION TO other"] = ("SYSTEM EXTERNALCONNECTION TO {0} WITH GRANT OPTION",
            "user testuser missing WITH GRANT OPTION privilege on EXTERNALCONNECTION", false),
        ["REVOKE SYSTEM EXTERNALCONNECTION FROM other"] = ("SYSTEM EXTERNALCONNECTION TO {0} WITH GRANT OPTION",
            "user testuser missing WITH GRANT OPTION privilege on EXTERNALCONNECTION", false),
        ["CREATE USER newcomer"] = ("SYSTEM CREATEROLE TO {0}", "user testuser does not have CREATEROLE privilege", false),
        ["DROP USER dropme"] = ("SYSTEM CREATEROLE TO {0}", "user testuser does not have CREATEROLE privilege", false),
        ["GRANT r TO other"] = ("r TO {0} WITH ADMIN OPTION", "testuser is not a superuser or role admin for role r", false),
    };

    public static TheoryData<string> Statements => [.. Cases.Keys];

    public static TheoryData<string> StatementsOnTheConnection => [.. Cases.Where(c => c.Value.CreatorPasses).Select(c => c.Key)];

    public static TheoryData<string> StatementsTheCreatorCannotRun => [.. Cases.Where(c => !c.Value.CreatorPasses).Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Statements))]
    public void Fails_without_the_privilege(string statement)
    {
        var (result, checks) = AsTestuser(statement, RootCreatesConnection);

        Assert.Equal(Cases[statement].Error, result.Error?.Message);
        Assert.Equal(CockroachDiagnostics.InsufficientPrivilege, result.Error?.Descriptor);
        Assert.Contains(checks, c => c.Grant == Grant.Missing);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Passes_with_the_privilege_granted_directly(string statement) =>
        AssertPasses(AsTestuser(statement, $"{RootCreatesConnection}\nGRANT {string.Format(Cases[statement].Grant, "testuser")};"), Grant.Directly);

    [Theory]
    [MemberData(nameof(Statements))]
    public void Passes_with_the_privilege_granted_to_a_role_of_the_user(string statement) =>
        AssertPasses(AsTestuser(statement,
            $"{RootCreatesConnection}\nCREATE ROLE holders;\nGRANT {string.Format(Cases[statement].Grant, "holders")};\nGRANT holders TO testuser;"),
            Grant.ThroughMembership, "holders");

    [Theory]
    [MemberData(nameof(Statements))]
    public void Passes_for_an_admin(string statement) =>
        AssertPasses(AsTestuser(statement, $"{RootCreatesConnection}\nGRANT admin TO testuser;"), Grant.Admin);

    [Theory]
    [MemberData(nameof(StatementsOnTheConnection))]
    public void Passes_for_the_creator_of_the_connection(string statement) =>
        AssertPasses(AsTestuser(statement, TestuserCreatesConnection), statement.StartsWith("SHOW CREATE", StringComparison.Ordinal) ? Grant.Owner : Grant.Directly);

    [Theory]
    [MemberData(nameof(StatementsTheCreatorCannotRun))]
    public void Creating_the_connection_gives_no_other_privilege(string statement) =>
        Assert.Equal(Cases[statement].Error, AsTestuser(statement, TestuserCreatesConnection).Result.Error?.Message);

    /// <summary>The statement's result as testuser, and its privilege explanation in the state it runs in.</summary>
    private static (StatementResult Result, ImmutableArray<PrivilegeCheck> Checks) AsTestuser(string statement, string setup)
    {
        var state = CockroachScripts.Setup(setup + "\nSET ROLE testuser;");
        var parsed = Assert.Single(SqlParser.ParseScript(SourceText.From(statement), SqlDialect.CockroachDb).Statements);
        return (CockroachScripts.Execute(statement, state), PrivilegeExplainer.Explain(state, parsed));
    }

    /// <summary>The statement passes, and every requirement is explained as held, as <paramref name="grant"/> (through <paramref name="through"/>).</summary>
    private static void AssertPasses((StatementResult Result, ImmutableArray<PrivilegeCheck> Checks) run, Grant grant, string? through = null)
    {
        Assert.False(run.Result.Failed, run.Result.Error?.Message);
        Assert.NotEmpty(run.Checks);
        Assert.All(run.Checks, c => Assert.Equal((grant, through), (c.Grant, c.ThroughRole)));
    }
}

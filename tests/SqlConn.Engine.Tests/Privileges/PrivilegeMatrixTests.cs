using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests.Privileges;

/// <summary>
/// Every privileged Materialize statement, run by the role <c>joe</c>: without the privilege it fails
/// with Materialize's exact message; granted directly, through membership in a role that has it, and
/// as owner, it succeeds. <c>{grantee}</c> in a case's grant is the role that receives the privilege.
/// </summary>
public sealed class PrivilegeMatrixTests
{
    private const string Preamble = "CREATE ROLE joe;\n";

    public static TheoryData<string> Cases => [.. PrivilegeCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fails_without_the_privilege(string name)
    {
        var @case = PrivilegeCase.Find(name);
        var result = RunAsJoe(@case.Setup, @case.Statement);

        Assert.True(result.Failed, $"{name}: the statement succeeded without the privilege");
        Assert.Equal(@case.Denied, result.Error?.Message);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Succeeds_when_granted_directly(string name)
    {
        var @case = PrivilegeCase.Find(name);
        if (@case.Grant is null)
        {
            return;
        }

        AssertSucceeds(name, RunAsJoe(@case.Setup + @case.Grant.Replace("{grantee}", "joe", StringComparison.Ordinal), @case.Statement));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Succeeds_through_role_membership(string name)
    {
        var @case = PrivilegeCase.Find(name);
        if (@case.Grant is null)
        {
            return;
        }

        var setup = @case.Setup + "CREATE ROLE team;\nGRANT team TO joe;\n" + @case.Grant.Replace("{grantee}", "team", StringComparison.Ordinal);
        AssertSucceeds(name, RunAsJoe(setup, @case.Statement));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Succeeds_as_owner(string name)
    {
        var @case = PrivilegeCase.Find(name);
        if (@case.OwnerSetup is null)
        {
            return;
        }

        AssertSucceeds(name, RunAsJoe(@case.OwnerSetup, @case.Statement));
    }

    [Fact]
    public void A_superuser_needs_no_grant()
    {
        foreach (var @case in PrivilegeCase.All.Where(c => c.Name != "set_role"))
        {
            var script = SqlParser.ParseScript(Preamble + @case.Setup + @case.Statement);
            var run = ScriptRunner.Run(Sessions.Start(DefaultCatalog.Create(1), null, SqlDialect.Materialize), script);
            AssertSucceeds(@case.Name, run.Statements[^1].Result, run);
        }
    }

    private static StatementResult RunAsJoe(string setup, string statement)
    {
        var script = SqlParser.ParseScript(Preamble + setup + "SET ROLE joe;\n" + statement);
        var run = ScriptRunner.Run(Sessions.Start(DefaultCatalog.Create(1), null, SqlDialect.Materialize), script);
        var setupFailures = run.Statements.SkipLast(1).Where(s => s.Result.Failed).Select(s => s.Result.Error?.Message).ToList();
        Assert.True(setupFailures.Count == 0, $"the setup failed: {string.Join("; ", setupFailures)}");
        return run.Statements[^1].Result;
    }

    private static void AssertSucceeds(string name, StatementResult result, ScriptRun? run = null) =>
        Assert.False(result.Failed, $"{name}: {result.Error?.Message} ({result.Error?.Detail})"
            + (run is null ? string.Empty : string.Join("; ", run.Statements.Where(s => s.Result.Failed).Select(s => s.Result.Error?.Message))));
}

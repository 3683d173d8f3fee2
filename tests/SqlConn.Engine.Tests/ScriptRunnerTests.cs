using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Snapshots;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests;

/// <summary><see cref="ScriptRunner.RunToEnd"/> ends in the state <see cref="ScriptRunner.Run"/> ends in.</summary>
public sealed class ScriptRunnerTests
{
    [Theory]
    [MemberData(nameof(EngineTestDataTests.Files), MemberType = typeof(EngineTestDataTests))]
    public void RunToEnd_ends_in_the_final_state_of_Run(string name)
    {
        var script = SqlParser.ParseScript(SourceText.From(TestDataFile.Read(RepositoryPaths.TestData("engine", name)).Input));
        var start = Sessions.Start(DefaultCatalog.Create(EngineTestDataTests.Seed), null, SqlDialect.Materialize);

        var run = ScriptRunner.Run(start, script);
        var final = ScriptRunner.RunToEnd(start, script);

        Assert.Equal(Describe(run.Final.Session), Describe(final.Session));
        Assert.Equal(run.Final.Catalog.Ids, final.Catalog.Ids);
        Assert.Equal(SnapshotFormat.Serialize(run.Final.Catalog), SnapshotFormat.Serialize(final.Catalog));
    }

    [Fact]
    public void RunToEnd_goes_on_after_a_failed_statement()
    {
        var script = SqlParser.ParseScript(SourceText.From("CREATE SECRET s AS 'x';\nCREATE SECRET s AS 'y';\nCREATE SECRET t AS 'z';"));

        var final = ScriptRunner.RunToEnd(Sessions.Start(DefaultCatalog.Create(EngineTestDataTests.Seed), null, SqlDialect.Materialize), script);

        Assert.Equal(["s", "t"], final.Catalog.ItemsOfKind(ItemKind.Secret).Select(s => s.Name));
    }

    private static string Describe(Session session) =>
        $"{session.RoleId} {session.SessionRoleId} {session.Database} {string.Join(',', session.SearchPath)} {session.Dialect} {session.PrivilegeMode}";
}

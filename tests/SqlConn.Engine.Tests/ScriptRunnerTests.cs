using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Snapshots;
using SqlConn.Engine.Values;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests;

/// <summary><see cref="ScriptRunner.RunToEnd"/> is <see cref="ScriptRunner.Run"/> without the states in between.</summary>
public sealed class ScriptRunnerTests
{
    [Theory]
    [MemberData(nameof(EngineTestDataTests.Files), MemberType = typeof(EngineTestDataTests))]
    public void RunToEnd_gives_the_results_and_final_state_of_Run(string name)
    {
        var script = SqlParser.ParseScript(SourceText.From(TestDataFile.Read(RepositoryPaths.TestData("engine", name)).Input));
        var start = Sessions.Start(DefaultCatalog.Create(EngineTestDataTests.Seed), null, SqlDialect.Materialize);

        var run = ScriptRunner.Run(start, script);
        var outcome = ScriptRunner.RunToEnd(start, script);

        Assert.Equal(run.Statements.Select(s => Describe(s.Result)), outcome.Results.Select(Describe));
        Assert.Equal(Describe(run.Final.Session), Describe(outcome.Final.Session));
        Assert.Equal(run.Final.Catalog.Ids, outcome.Final.Catalog.Ids);
        Assert.Equal(SnapshotFormat.Serialize(run.Final.Catalog), SnapshotFormat.Serialize(outcome.Final.Catalog));
    }

    [Fact]
    public void RunToEnd_keeps_one_result_per_statement_in_order()
    {
        var script = SqlParser.ParseScript(SourceText.From("CREATE SECRET s AS 'x';\nCREATE SECRET s AS 'y';\nSHOW SECRETS;"));

        var outcome = ScriptRunner.RunToEnd(Sessions.Start(DefaultCatalog.Create(EngineTestDataTests.Seed), null, SqlDialect.Materialize), script);

        Assert.Equal(["CREATE SECRET", null, "SELECT 1"], outcome.Results.Select(r => r.Tag));
        Assert.Equal("catalog item 's' already exists", outcome.Results[1].Error?.Message);
        Assert.NotNull(outcome.Final.Catalog.ItemsOfKind(ItemKind.Secret).Single());
    }

    private static string Describe(Session session) =>
        $"{session.RoleId} {session.SessionRoleId} {session.Database} {string.Join(',', session.SearchPath)} {session.Dialect} {session.PrivilegeMode}";

    /// <summary>What a client sees of a result: tag, table, notices and error.</summary>
    private static string Describe(StatementResult result) =>
        string.Join('\n',
            result.Tag ?? "(no tag)",
            result.Columns.IsEmpty ? string.Empty : TableFormatter.Format(result.Columns, result.Rows),
            string.Join('\n', result.Notices.Select(n => $"{n.Level}: {n.Message} / {n.Detail} / {n.Hint}")),
            result.Error is { } e ? $"ERROR {e.Descriptor.Code}: {e.Message} / {e.Detail} / {e.Hint}" : string.Empty);
}

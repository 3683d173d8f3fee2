using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests;

/// <summary>
/// The simulator's behaviour as data: each tests/testdata/engine/*.test file is a script, a line
/// <c>----</c>, and what <c>sqlconn run --seed 1</c> prints for it. UPDATE_TESTDATA=1 rewrites the
/// expected part. A first-line <c>-- sqlconn: dialect=...</c> comment selects the dialect.
/// </summary>
public sealed class EngineTestDataTests
{
    public const ulong Seed = 1;

    public static TheoryData<string> Files => TestDataFiles.Theory("engine", "*.test");

    [Theory]
    [MemberData(nameof(Files))]
    public void Script_runs_as_expected(string name)
    {
        var file = TestDataFile.Read(RepositoryPaths.TestData("engine", name));
        file.Check(Run(name, file.Input));
    }

    /// <summary>What <c>sqlconn run --seed 1</c> prints for <paramref name="sql"/>, with <c>--explain-privileges</c> when <paramref name="explainPrivileges"/>.</summary>
    public static string Run(string name, string sql, bool explainPrivileges = false)
    {
        var text = SourceText.From(sql);
        var script = SqlParser.ParseScript(text);
        var run = ScriptRunner.Run(Sessions.Start(DefaultCatalog.Create(Seed), null, script.Dialect), script);
        var output = new StringWriter();
        RunText.Write(output, name, text, run, explainPrivileges ? run.Initial : null);
        return output.ToString();
    }
}

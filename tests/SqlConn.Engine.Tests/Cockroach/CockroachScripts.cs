using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>Runs CockroachDB scripts in the simulator, as root or as a given session user.</summary>
internal static class CockroachScripts
{
    public static ScriptRun Run(string sql, EngineState? from = null)
    {
        var script = SqlParser.ParseScript(SourceText.From(sql), SqlDialect.CockroachDb);
        return ScriptRunner.Run(from ?? Sessions.Start(DefaultCatalog.Create(1), null, SqlDialect.CockroachDb), script);
    }

    /// <summary>Runs a setup script that must succeed statement by statement, and returns the state after it.</summary>
    public static EngineState Setup(string sql, EngineState? from = null)
    {
        var run = Run(sql, from);
        Assert.All(run.Statements, s => Assert.False(s.Result.Failed, $"setup statement failed: {s.Statement.Syntax.Text.Trim()}: {s.Result.Error?.Message}"));
        return run.Final;
    }

    /// <summary>The result of the one statement of <paramref name="sql"/>.</summary>
    public static StatementResult Execute(string sql, EngineState from) => Assert.Single(Run(sql, from).Statements).Result;
}

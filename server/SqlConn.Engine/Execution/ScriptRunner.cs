using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>One executed statement: its result and the state after it (a snapshot the language server reuses).</summary>
public sealed record ExecutedStatement(ParsedStatement Statement, StatementResult Result, EngineState After);

/// <summary>The statements of a script, executed in order from <see cref="Initial"/>, and the state after the last one.</summary>
public sealed record ScriptRun(EngineState Initial, ImmutableArray<ExecutedStatement> Statements, EngineState Final)
{
    public EngineState StateBefore(int index) => index == 0 ? Initial : Statements[index - 1].After;
}

/// <summary>Executes scripts statement by statement, continuing after errors as a database client would.</summary>
public static class ScriptRunner
{
    /// <summary>
    /// Runs <paramref name="script"/> from <paramref name="state"/>, in the script's dialect, keeping the
    /// state after every statement (what analyses read and the language server re-executes from). A session
    /// of the other dialect has no user in this one: the script runs in a new session as the dialect's default user.
    /// </summary>
    public static ScriptRun Run(EngineState state, ParsedScript script)
    {
        var initial = InDialect(state, script.Dialect);
        var executed = ImmutableArray.CreateBuilder<ExecutedStatement>(script.Statements.Length);
        var final = Execute(initial, script, (statement, execution) => executed.Add(new ExecutedStatement(statement, execution.Result, execution.State)));
        return new ScriptRun(initial, executed.MoveToImmutable(), final);
    }

    /// <summary>
    /// Runs <paramref name="script"/> like <see cref="Run"/> and gives only the state after it (what a baseline
    /// script leaves for the scripts after it): each intermediate state and each result is garbage once the next
    /// statement ran, so what a statement builds does not outlive it. Keeping them makes the collector copy them
    /// from generation to generation: on the benchmark script, keeping every result doubled the collector's pauses.
    /// </summary>
    public static EngineState RunToEnd(EngineState state, ParsedScript script) =>
        Execute(InDialect(state, script.Dialect), script, static (_, _) => { });

    /// <summary>
    /// The state a script of <paramref name="dialect"/> starts in after <paramref name="state"/>: the same, or, when
    /// the session is of the other dialect, a new session as the dialect's default user with the same privilege mode.
    /// </summary>
    public static EngineState InDialect(EngineState state, SqlDialect dialect)
    {
        if (state.Session.Dialect == dialect)
        {
            return state;
        }

        var restarted = Sessions.Start(state.Catalog, null, dialect);
        return restarted with { Session = restarted.Session with { PrivilegeMode = state.Session.PrivilegeMode } };
    }

    /// <summary>Executes the statements in order from <paramref name="state"/>, handing each execution to <paramref name="executed"/>; the state after the last.</summary>
    private static EngineState Execute(EngineState state, ParsedScript script, Action<ParsedStatement, StatementExecution> executed)
    {
        foreach (var statement in script.Statements)
        {
            var execution = Executor.Execute(state, statement);
            executed(statement, execution);
            state = execution.State;
        }

        return state;
    }
}

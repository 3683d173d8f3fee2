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

/// <summary>
/// The results of a script's statements, in order, and the state after the last one, without the
/// states in between (<see cref="ScriptRunner.RunToEnd"/>).
/// </summary>
public sealed record ScriptOutcome(ImmutableArray<StatementResult> Results, EngineState Final);

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
        var run = new ScriptRunBuilder(state, script.Dialect, script.Statements.Length);
        foreach (var statement in script.Statements)
        {
            run.Execute(statement);
        }

        return run.ToRun();
    }

    /// <summary>
    /// Runs <paramref name="script"/> like <see cref="Run"/>, keeping only the statements' results and the
    /// final state: each intermediate state is garbage once the next statement ran, so the indexes a statement
    /// changes do not outlive it (keeping every state makes the collector copy them from generation to generation).
    /// </summary>
    public static ScriptOutcome RunToEnd(EngineState state, ParsedScript script)
    {
        var results = ImmutableArray.CreateBuilder<StatementResult>(script.Statements.Length);
        state = InDialect(state, script.Dialect);
        foreach (var statement in script.Statements)
        {
            var execution = Executor.Execute(state, statement);
            results.Add(execution.Result);
            state = execution.State;
        }

        return new ScriptOutcome(results.MoveToImmutable(), state);
    }

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
}

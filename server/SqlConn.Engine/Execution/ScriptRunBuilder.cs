using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Runs a script one statement at a time, as its statements arrive, keeping what
/// <see cref="ScriptRunner.Run"/> keeps: a caller can execute the statements of a script while the
/// statements after them are still being parsed (<c>SqlParser.ParseScript</c> with a callback).
/// Not thread-safe: the statements come one after the other, in order.
/// </summary>
public sealed class ScriptRunBuilder
{
    private readonly EngineState initial;
    private readonly ImmutableArray<ExecutedStatement>.Builder executed;
    private EngineState state;

    /// <summary>A run of a script of <paramref name="dialect"/> from <paramref name="state"/> (see <see cref="ScriptRunner.InDialect"/>).</summary>
    public ScriptRunBuilder(EngineState state, SqlDialect dialect, int expectedStatements = 0)
    {
        initial = ScriptRunner.InDialect(state, dialect);
        this.state = initial;
        executed = ImmutableArray.CreateBuilder<ExecutedStatement>(expectedStatements);
    }

    /// <summary>Executes the script's next statement (its <see cref="ParsedStatement.Index"/> is the number executed so far).</summary>
    public void Execute(ParsedStatement statement)
    {
        if (statement.Index != executed.Count)
        {
            throw new ArgumentException($"statement {statement.Index} given where statement {executed.Count} was expected", nameof(statement));
        }

        var execution = Executor.Execute(state, statement);
        executed.Add(new ExecutedStatement(statement, execution.Result, execution.State));
        state = execution.State;
    }

    /// <summary>The run of the statements executed so far.</summary>
    public ScriptRun ToRun() => new(initial, executed.ToImmutable(), state);
}

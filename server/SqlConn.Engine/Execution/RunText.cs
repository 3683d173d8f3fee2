using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Execution;

/// <summary>
/// A script run as psql shows a file it executes: notices, then the command tag or the result table;
/// errors as <c>file:line: ERROR:  message</c> with DETAIL and HINT lines. <c>sqlconn run</c> prints
/// it and the engine's data-driven tests compare it.
/// </summary>
public static class RunText
{
    /// <summary>
    /// Writes <paramref name="run"/>. With <paramref name="explainPrivilegesFrom"/> (the state the run
    /// started from), each statement is preceded by the privileges it requires and whether they are held.
    /// </summary>
    public static void Write(TextWriter output, string path, SourceText text, ScriptRun run, EngineState? explainPrivilegesFrom = null)
    {
        int Line(ExecutedStatement statement, TextSpan span) => text.Lines.GetLineFromPosition(statement.Statement.ToAbsolute(span).Start).LineNumber + 1;

        var before = explainPrivilegesFrom;
        foreach (var statement in run.Statements)
        {
            if (before is not null)
            {
                ExplainPrivileges(output, $"{path}:{Line(statement, statement.Statement.Node.Span)}", before, statement.Statement);
                before = statement.After;
            }

            foreach (var notice in statement.Result.Notices)
            {
                Message(output, $"{path}:{Line(statement, notice.Span)}", notice.Level, notice.Message, notice.Detail, notice.Hint);
            }

            if (statement.Result.Error is { } error)
            {
                Message(output, $"{path}:{Line(statement, error.Span)}", "ERROR", error.Message, error.Detail, error.Hint);
            }
            else if (!statement.Result.Columns.IsEmpty)
            {
                output.Write(TableFormatter.Format(statement.Result.Columns, statement.Result.Rows));
                output.WriteLine();
            }
            else if (statement.Result.Tag is { } tag)
            {
                output.WriteLine(tag);
            }
        }
    }

    private static void ExplainPrivileges(TextWriter output, string location, EngineState state, Syntax.ParsedStatement statement)
    {
        var checks = Privileges.PrivilegeExplainer.Explain(state, statement);
        if (checks.IsEmpty)
        {
            return;
        }

        output.WriteLine($"{location}: PRIVILEGES:");
        foreach (var check in checks)
        {
            output.WriteLine($"  {Privileges.PrivilegeExplainer.Describe(check, state)}");
        }
    }

    private static void Message(TextWriter output, string location, string level, string message, string? detail, string? hint)
    {
        output.WriteLine($"{location}: {level}:  {message}");
        if (detail is not null)
        {
            output.WriteLine($"DETAIL:  {detail}");
        }

        if (hint is not null)
        {
            output.WriteLine($"HINT:  {hint}");
        }
    }
}

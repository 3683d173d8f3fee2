using SqlConn.Cli.Commands;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Values;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// <c>sqlconn run</c>'s text output, like psql running a file: notices, then the command tag or the
/// result table; errors as <c>file:line: ERROR:  message</c> with DETAIL and HINT lines.
/// </summary>
internal static class RunTextReporter
{
    public static void Write(IEnumerable<(LoadedScript Script, ScriptRun Run)> runs, TextWriter output)
    {
        foreach (var (script, run) in runs)
        {
            foreach (var statement in run.Statements)
            {
                foreach (var notice in statement.Result.Notices)
                {
                    Message(output, $"{script.Path}:{script.Line(statement.Statement.ToAbsolute(notice.Span).Start)}", notice.Level, notice.Message, notice.Detail, notice.Hint);
                }

                if (statement.Result.Error is { } error)
                {
                    Message(output, $"{script.Path}:{script.Line(statement.Statement.ToAbsolute(error.Span).Start)}", "ERROR", error.Message, error.Detail, error.Hint);
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

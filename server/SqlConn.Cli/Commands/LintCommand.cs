using System.CommandLine;
using SqlConn.Cli.Reporting;
using SqlConn.Syntax;

namespace SqlConn.Cli.Commands;

/// <summary><c>sqlconn lint [--format text|json] [--dialect d] PATH...</c>.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "SQL files, or directories searched recursively for *.sql files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format("text", "json");
        var dialect = CommonOptions.Dialect();
        var command = new Command("lint", "Check SQL scripts and report their problems. Exit code 0: no errors, 1: errors, 2: usage or I/O problem.")
        {
            paths, format, dialect,
        };
        command.SetAction(result => Lint(result.GetValue(paths) ?? [], result.GetValue(format) ?? "text", result.GetValue(dialect), stdout, stderr));
        return command;
    }

    private static int Lint(string[] paths, string format, SqlDialect dialect, TextWriter stdout, TextWriter stderr)
    {
        LintReport report;
        try
        {
            report = new LintReport(ScriptLinter.Lint(LoadedScript.Load(paths, dialect), dialect));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sqlconn: {e.Message}");
            return SqlConnCommand.UsageError;
        }

        if (format == "json")
        {
            JsonReporter.Write(report, stdout);
        }
        else
        {
            TextReporter.Write(report, stdout);
        }

        return report.Errors > 0 ? SqlConnCommand.Failure : SqlConnCommand.Success;
    }
}

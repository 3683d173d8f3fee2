using System.CommandLine;
using System.Text;
using SqlConn.Cli.Files;
using SqlConn.Cli.Linting;
using SqlConn.Cli.Reporting;
using SqlConn.Engine.Snapshots;
using SqlConn.Ide.Configuration;

namespace SqlConn.Cli.Commands;

/// <summary>
/// <c>sqlconn lint [PATH...] [--format text|json|sarif|github|junit] [--output FILE] [--config FILE]
/// [--dialect D] [--role R] [--seed N] [--baseline PATH]... [--changed-since REF] [--max-warnings N]
/// [--warnings-as-errors]</c>. Without paths, lints the scripts of the sqlconn.json of the working directory.
/// </summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = $"SQL files, or directories searched recursively for *.sql files. None: the scripts listed in {SqlConnConfig.FileName}.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = CommonOptions.Format(ReportFormats.All);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically); the summary line still goes to the terminal." };
        var config = new Option<string?>("--config") { Description = $"Use this configuration file instead of the {SqlConnConfig.FileName} found above each linted file." };
        var dialect = CommonOptions.Dialect();
        var role = new Option<string?>("--role") { Description = "Run the project's scripts as this role (default: the configuration's, else the superuser materialize)." };
        var seed = new Option<ulong?>("--seed") { Description = "The simulator's seed (default: the configuration's, else 0)." };
        var baseline = new Option<string[]>("--baseline")
        {
            Description = "What exists before the project's scripts: a catalog snapshot written by 'sqlconn run --save' (first), then .sql scripts or directories. Replaces the configuration's baseline.",
        };
        var changedSince = new Option<string?>("--changed-since") { Description = "Lint only the files changed since this git reference (the whole project still runs for context)." };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Fail (exit code 1) when there are more warnings than this." };
        maxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-warnings must be 0 or more");
            }
        });
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report every warning as an error." };
        var command = new Command("lint", "Check SQL scripts and report their problems. Exit code 0: no errors, 1: errors (or too many warnings), 2: usage, configuration or I/O problem.")
        {
            paths, format, output, config, dialect, role, seed, baseline, changedSince, maxWarnings, warningsAsErrors,
        };
        command.SetAction(result => Lint(
            new LintOptions(
                result.GetValue(paths) ?? [],
                result.GetValue(format) ?? ReportFormats.Text,
                result.GetValue(output),
                result.GetValue(dialect),
                result.GetValue(role),
                result.GetValue(seed),
                result.GetValue(config),
                result.GetValue(baseline) ?? [],
                result.GetValue(changedSince),
                result.GetValue(maxWarnings),
                result.GetValue(warningsAsErrors)),
            stdout,
            stderr));
        return command;
    }

    private static int Lint(LintOptions options, TextWriter stdout, TextWriter stderr)
    {
        LintReport report;
        try
        {
            var plans = ProjectPlanner.Plan(options);
            if (options.ChangedSince is { } reference)
            {
                var changed = ChangedFiles.Since(reference);
                plans = [.. plans.Select(p => p with { Linted = p.Linted.Intersect(changed) }).Where(p => !p.Linted.IsEmpty)];
            }

            report = LintReport.Combine(plans.Select(ScriptLinter.Lint));
            if (options.WarningsAsErrors)
            {
                report = report.WithWarningsAsErrors();
            }

            if (options.Output is { } file)
            {
                var text = new StringWriter();
                ReportFormats.Write(options.Format, report, text);
                Write(file, text.ToString());
                stdout.WriteLine(report.Summary());
            }
            else
            {
                ReportFormats.Write(options.Format, report, stdout);
            }
        }
        catch (ConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                stderr.WriteLine($"sqlconn: {error}");
            }

            return SqlConnCommand.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SnapshotException or UsageException)
        {
            stderr.WriteLine($"sqlconn: {e.Message}");
            return SqlConnCommand.UsageError;
        }

        if (options.MaxWarnings is { } max && report.Warnings > max)
        {
            stderr.WriteLine($"sqlconn: {report.Warnings} warnings, more than --max-warnings {max} allows");
            return SqlConnCommand.Failure;
        }

        return report.Errors > 0 ? SqlConnCommand.Failure : SqlConnCommand.Success;
    }

    private static void Write(string path, string content)
    {
        try
        {
            AtomicFile.Write(path, Encoding.UTF8.GetBytes(content));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the report to {path}: {e.Message}", e);
        }
    }
}

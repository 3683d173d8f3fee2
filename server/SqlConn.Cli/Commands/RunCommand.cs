using System.CommandLine;
using System.Security.Cryptography;
using SqlConn.Cli.Reporting;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Snapshots;
using SqlConn.Ide.Configuration;
using SqlConn.Syntax;

namespace SqlConn.Cli.Commands;

/// <summary>
/// <c>sqlconn run [--format text|json] [--dialect d] [--role NAME] [--seed N] [--state FILE] [--save FILE] SCRIPT...</c>:
/// executes the scripts in the catalog simulator and prints what the database would answer.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scripts = new Argument<string[]>("scripts")
        {
            Description = "SQL scripts, or directories searched recursively for *.sql files, executed in order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format("text", "json");
        var dialect = CommonOptions.Dialect();
        var role = new Option<string?>("--role") { Description = "Run as this role (default: materialize, a superuser; in CockroachDB: root)." };
        var seed = new Option<ulong?>("--seed") { Description = "Make generated keys and ids deterministic." };
        var state = new Option<FileInfo?>("--state") { Description = "Start from a catalog snapshot written by --save." };
        var save = new Option<FileInfo?>("--save") { Description = "Write the catalog after the scripts to this file." };
        var explain = new Option<bool>("--explain-privileges") { Description = "Before each statement, list the privileges it requires and whether the role holds them." };
        var command = new Command("run", "Execute SQL scripts in the catalog simulator and show their results. Exit code 0: every statement succeeded, 1: one failed, 2: usage or I/O problem.")
        {
            scripts, format, dialect, role, seed, state, save, explain,
        };
        command.SetAction(result => Run(
            new RunOptions(
                result.GetValue(scripts) ?? [],
                result.GetValue(format) ?? "text",
                result.GetValue(dialect) ?? SqlDialect.Materialize,
                result.GetValue(role),
                result.GetValue(seed),
                result.GetValue(state),
                result.GetValue(save),
                result.GetValue(explain)),
            stdout,
            stderr));
        return command;
    }

    private static int Run(RunOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var loaded = LoadedScript.Load(options.Scripts, options.Dialect);
            var catalog = options.State is { } stateFile
                ? SnapshotFile.Load(stateFile.FullName)
                : DefaultCatalog.Create(options.Seed ?? BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)));
            // --role names a user of the first script's dialect (a `-- sqlconn: dialect=` line may override --dialect).
            var state = Sessions.Start(catalog, options.Role, loaded.Count > 0 ? loaded[0].Script.Dialect : options.Dialect);
            var runs = new List<ScriptRunReport>();
            foreach (var script in loaded)
            {
                var run = ScriptRunner.Run(state, script.Script);
                runs.Add(new ScriptRunReport(script, run));
                state = run.Final;
            }

            if (options.Format == "json")
            {
                RunJsonReporter.Write(runs, options.ExplainPrivileges, stdout);
            }
            else
            {
                RunTextReporter.Write(runs, options.ExplainPrivileges, stdout);
            }

            if (options.Save is { } saveFile)
            {
                Snapshots.Save(state.Catalog, saveFile.FullName);
            }

            return runs.Any(r => r.Run.Statements.Any(s => s.Result.Failed)) ? SqlConnCommand.Failure : SqlConnCommand.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SnapshotException)
        {
            stderr.WriteLine($"sqlconn: {e.Message}");
            return SqlConnCommand.UsageError;
        }
    }

    private sealed record RunOptions(string[] Scripts, string Format, SqlDialect Dialect, string? Role, ulong? Seed, FileInfo? State, FileInfo? Save, bool ExplainPrivileges);
}

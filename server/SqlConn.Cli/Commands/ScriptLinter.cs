using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Cli.Reporting;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Commands;

/// <summary>
/// Lints scripts: their syntax diagnostics, then the simulator's errors and warnings. The scripts run
/// one after the other in one catalog, so an object created in one file resolves in the next.
/// </summary>
internal static class ScriptLinter
{
    /// <summary>Lint always simulates with the same seed: generated values never change a diagnostic, but stable output is easier to diff.</summary>
    private const ulong Seed = 0;

    public static ImmutableArray<FileReport> Lint(IReadOnlyList<LoadedScript> scripts, SqlDialect dialect)
    {
        var state = Sessions.Start(DefaultCatalog.Create(Seed), null, dialect);
        var reports = ImmutableArray.CreateBuilder<FileReport>(scripts.Count);
        foreach (var script in scripts)
        {
            var run = ScriptRunner.Run(state, script.Script);
            state = run.Final;
            var diagnostics = script.Script.Diagnostics.Concat(EngineDiagnostics(run));
            if (script.InvalidUtf8)
            {
                var first = script.Text.ToString().IndexOf('\uFFFD', StringComparison.Ordinal);
                diagnostics = diagnostics.Prepend(new Diagnostic(SyntaxDiagnostics.InvalidEncoding, new TextSpan(Math.Max(0, first), first < 0 ? 0 : 1),
                    "file is not valid UTF-8", Hint: "save the file as UTF-8"));
            }

            reports.Add(new FileReport(script.Path, script.Text, [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)]));
        }

        return reports.MoveToImmutable();
    }

    /// <summary>
    /// The simulator's errors and warnings, placed in the file. Its informational notices (a validation
    /// it did not perform, keys to install) belong to <c>sqlconn run</c>'s preview, not to CI. A statement
    /// with syntax errors was not executed and adds nothing.
    /// </summary>
    private static IEnumerable<Diagnostic> EngineDiagnostics(ScriptRun run) =>
        run.Statements
            .Where(s => !s.Statement.HasErrors)
            .SelectMany(s => s.Result.Diagnostics
                .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
                .Select(d => d.Shift(s.Statement.Offset)));
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Cli.Commands;
using SqlConn.Cli.Reporting;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Configuration;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Linting;

/// <summary>
/// Lints a project: its scripts run one after the other on top of its baseline, so an object created
/// in one file resolves in the next, and each linted file gets <see cref="DocumentDiagnostics"/> under the
/// project's policy (<see cref="DocumentLint"/>), as the language server reports them. Scripts after the
/// last linted file cannot change a report and are not run.
/// </summary>
internal static class ScriptLinter
{
    public static LintReport Lint(ProjectPlan plan)
    {
        var settings = plan.Settings;
        var state = Ide.Lint.Baseline.Start(
            settings,
            plan.Snapshot is { } snapshot ? SnapshotFile.Load(snapshot) : null,
            plan.BaselineScripts.Select(path => LoadedScript.Read(path, settings.Dialect).Script));
        var needed = plan.Scripts.Length - plan.Scripts.Reverse().TakeWhile(path => !plan.Linted.Contains(path)).Count();
        var reports = ImmutableArray.CreateBuilder<FileReport>();
        foreach (var path in plan.Scripts.Take(needed))
        {
            var script = LoadedScript.Read(path, settings.Dialect);
            var run = ScriptRunner.Run(state, script.Script);
            if (plan.Linted.Contains(path))
            {
                var analysis = new DocumentAnalysis(script.Path, 0, script.Text, script.Script, state, run.Statements);
                var linted = DocumentLint.Apply(analysis, Diagnostics(analysis, script), plan.Policy);
                reports.Add(new FileReport(script.Path, script.Text, linted.Diagnostics, linted.Suppressed, script.Script));
            }

            state = run.Final;
        }

        return new LintReport(reports.ToImmutable(), needed - reports.Count);
    }

    /// <summary>The document's diagnostics, and a warning first when the file was not UTF-8.</summary>
    private static ImmutableArray<Diagnostic> Diagnostics(DocumentAnalysis analysis, LoadedScript script)
    {
        var diagnostics = DocumentDiagnostics.Compute(analysis);
        if (!script.InvalidUtf8)
        {
            return diagnostics;
        }

        var first = script.Text.ToString().IndexOf('\uFFFD', StringComparison.Ordinal);
        return diagnostics.Insert(0, new Diagnostic(SyntaxDiagnostics.InvalidEncoding, new TextSpan(Math.Max(0, first), first < 0 ? 0 : 1),
            "file is not valid UTF-8", Hint: "save the file as UTF-8"));
    }
}

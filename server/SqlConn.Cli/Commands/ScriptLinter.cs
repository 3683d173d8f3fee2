using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Cli.Reporting;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Redaction;

namespace SqlConn.Cli.Commands;

/// <summary>
/// Lints scripts: they run one after the other in one catalog, so an object created in one file
/// resolves in the next, and each gets <see cref="DocumentDiagnostics"/>.
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
            var analysis = new DocumentAnalysis(script.Path, 0, script.Text, script.Script, state, run.Statements);
            state = run.Final;
            var diagnostics = DocumentDiagnostics.Compute(analysis);
            if (script.InvalidUtf8)
            {
                var first = script.Text.ToString().IndexOf('\uFFFD', StringComparison.Ordinal);
                diagnostics = diagnostics.Insert(0, new Diagnostic(SyntaxDiagnostics.InvalidEncoding, new TextSpan(Math.Max(0, first), first < 0 ? 0 : 1),
                    "file is not valid UTF-8", Hint: "save the file as UTF-8"));
            }

            reports.Add(new FileReport(script.Path, script.Text, diagnostics, SecretMaterial.Spans(script.Script)));
        }

        return reports.MoveToImmutable();
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Redaction;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// The diagnostics of one linted file, with absolute spans into <see cref="Text"/>, and those its
/// suppression comments accepted (only SARIF reports them, as suppressed results). Output that quotes
/// the source never shows the secret material of <see cref="Script"/> (<see cref="SecretsAround"/>).
/// </summary>
internal sealed record FileReport(
    string Path,
    SourceText Text,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<SuppressedDiagnostic> Suppressed,
    ParsedScript Script)
{
    /// <summary>
    /// The secret material on the lines <paramref name="span"/> is on, which output quoting those lines
    /// masks (<see cref="SecretMaterial"/>): found in the statements there only, not in the whole script.
    /// </summary>
    public ImmutableArray<TextSpan> SecretsAround(TextSpan span) =>
        SecretMaterial.Spans(Script, TextSpan.FromBounds(Text.Lines.GetLineFromPosition(span.Start).Start, Text.Lines.GetLineFromPosition(span.End).End));
}

/// <summary>The files of a lint run, and how many more scripts ran only to give them context.</summary>
internal sealed record LintReport(ImmutableArray<FileReport> Files, int ContextFiles)
{
    public int Errors => Count(DiagnosticSeverity.Error);

    public int Warnings => Count(DiagnosticSeverity.Warning);

    public int Suppressed => Files.Sum(f => f.Suppressed.Length);

    public static LintReport Combine(IEnumerable<LintReport> reports)
    {
        var list = reports.ToList();
        return new LintReport([.. list.SelectMany(r => r.Files)], list.Sum(r => r.ContextFiles));
    }

    /// <summary><c>--warnings-as-errors</c>: every warning reported as an error.</summary>
    public LintReport WithWarningsAsErrors() => this with
    {
        Files = [.. Files.Select(f => f with
        {
            Diagnostics = [.. f.Diagnostics.Select(d => d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d)],
        })],
    };

    /// <summary>
    /// The line that ends every run on the terminal, e.g. <c>3 files checked: 1 error, 2 warnings, 1 suppressed (4 more executed for context)</c>;
    /// the last two parts only when not zero.
    /// </summary>
    public string Summary()
    {
        var suppressed = Suppressed > 0 ? $", {Suppressed} suppressed" : string.Empty;
        var context = ContextFiles > 0 ? $" ({ContextFiles} more executed for context)" : string.Empty;
        return $"{Plural(Files.Length, "file")} checked: {Plural(Errors, "error")}, {Plural(Warnings, "warning")}{suppressed}{context}";
    }

    private int Count(DiagnosticSeverity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}

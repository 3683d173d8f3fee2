using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// The diagnostics of one linted file, with absolute spans into <see cref="Text"/>; output that quotes
/// the source never shows its <see cref="Secrets"/> (<see cref="Syntax.Redaction.SecretMaterial"/>).
/// </summary>
internal sealed record FileReport(string Path, SourceText Text, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<TextSpan> Secrets);

internal sealed record LintReport(ImmutableArray<FileReport> Files)
{
    public int Errors => Count(DiagnosticSeverity.Error);

    public int Warnings => Count(DiagnosticSeverity.Warning);

    private int Count(DiagnosticSeverity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));
}

using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// Compiler-style output: each diagnostic as <see cref="DiagnosticRenderer"/> draws it (location,
/// message, source line with carets, DETAIL and HINT lines), then the summary line.
/// </summary>
internal static class TextReporter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                output.Write(DiagnosticRenderer.Render(file.Text, diagnostic, file.Path, file.SecretsAround(diagnostic.Span)));
            }
        }

        output.WriteLine(report.Summary());
    }
}

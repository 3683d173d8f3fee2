using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// Compiler-style output: each diagnostic as <see cref="DiagnosticRenderer"/> draws it (location,
/// message, source line with carets, DETAIL and HINT lines), then a summary line.
/// </summary>
internal static class TextReporter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                output.Write(DiagnosticRenderer.Render(file.Text, diagnostic, file.Path, file.Secrets));
            }
        }

        output.WriteLine($"{Plural(report.Files.Length, "file")} checked: {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}

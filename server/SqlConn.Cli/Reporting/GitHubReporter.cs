using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic, which the runner turns into annotations on the
/// pull request: <c>::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message</c>
/// (<c>::warning</c>, and <c>::notice</c> for infos and hints), then the summary line. Columns are given
/// only for a single-line range, as GitHub requires; values are escaped as the runner expects.
/// </summary>
internal static class GitHubReporter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var region = Region.Of(file.Text, diagnostic.Span);
                var singleLine = region.Line == region.EndLine;
                output.Write($"::{Command(diagnostic.Severity)} file={Property(file.Path.Replace('\\', '/'))},line={region.Line}");
                output.Write(singleLine ? $",col={region.Column},endLine={region.EndLine},endColumn={region.EndColumn}" : $",endLine={region.EndLine}");
                output.Write($",title={Property(diagnostic.Code)}::{Data(MessageText.Full(diagnostic))}\n");
            }
        }

        output.WriteLine(report.Summary());
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>A message: <c>%</c>, CR and LF escaped.</summary>
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as a message, and <c>:</c> and <c>,</c> too.</summary>
    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

namespace SqlConn.Cli.Reporting;

/// <summary>The formats of <c>sqlconn lint --format</c>; the first is the default.</summary>
internal static class ReportFormats
{
    public const string Text = "text";

    public static string[] All { get; } = [Text, "json", "sarif", "github", "junit"];

    public static void Write(string format, LintReport report, TextWriter output)
    {
        switch (format)
        {
            case "json": JsonReporter.Write(report, output); break;
            case "sarif": SarifReporter.Write(report, output); break;
            case "github": GitHubReporter.Write(report, output); break;
            case "junit": JUnitReporter.Write(report, output); break;
            default: TextReporter.Write(report, output); break;
        }
    }
}

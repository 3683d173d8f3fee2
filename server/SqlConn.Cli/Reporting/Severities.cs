using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

internal static class Severities
{
    /// <summary>The lower-case name used in every output format.</summary>
    public static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hint",
    };
}

namespace SqlConn.Syntax.Diagnostics;

public static class DiagnosticSeverityNames
{
    /// <summary>The lower-case name every output format uses: error, warning, info, hint.</summary>
    public static string DisplayName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hint",
    };
}

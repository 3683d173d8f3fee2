namespace SqlConn.Syntax.Diagnostics;

/// <summary>Severities, most severe first (the order of LSP's DiagnosticSeverity).</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
    Hint,
}

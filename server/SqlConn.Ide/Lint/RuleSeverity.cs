using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Lint;

/// <summary>The severity a project gives a diagnostic code (<c>"rules"</c> in sqlconn.json): one of the four severities, or off.</summary>
public enum RuleSeverity
{
    Off,
    Hint,
    Info,
    Warning,
    Error,
}

public static class RuleSeverityNames
{
    /// <summary>The names sqlconn.json uses, in order of <see cref="RuleSeverity"/>.</summary>
    public static ImmutableArray<string> All { get; } = ["off", "hint", "info", "warning", "error"];

    public static string Name(this RuleSeverity severity) => All[(int)severity];

    public static RuleSeverity? Parse(string name) => All.IndexOf(name) is var index and >= 0 ? (RuleSeverity)index : null;

    /// <summary>The severity diagnostics are reported with, or null for <see cref="RuleSeverity.Off"/>.</summary>
    public static DiagnosticSeverity? ToDiagnosticSeverity(this RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        RuleSeverity.Hint => DiagnosticSeverity.Hint,
        _ => null,
    };
}

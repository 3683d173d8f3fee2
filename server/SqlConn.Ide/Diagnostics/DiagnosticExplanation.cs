using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// A diagnostic code explained in Markdown: title, severity, category, what it means, and SQL that
/// triggers it next to the same SQL corrected. <c>sqlconn explain CODE</c> prints it, docs/diagnostics.md
/// is made of one per code, and SARIF rules carry it as their help.
/// </summary>
public static class DiagnosticExplanation
{
    public static string Markdown(DiagnosticDescriptor descriptor) =>
        $"## {descriptor.Code}\n\n"
        + $"**{descriptor.Title}** ({descriptor.DefaultSeverity.DisplayName()}, {descriptor.Category}). {descriptor.Explanation}\n\n"
        + $"Triggered by:\n\n```sql\n{descriptor.BadExample}\n```\n\n"
        + $"Corrected:\n\n```sql\n{descriptor.GoodExample}\n```\n";

    /// <summary>The same content as plain text, for consumers that do not render Markdown.</summary>
    public static string Text(DiagnosticDescriptor descriptor) =>
        $"{descriptor.Code}: {descriptor.Title} ({descriptor.DefaultSeverity.DisplayName()}, {descriptor.Category}). {descriptor.Explanation}\n\n"
        + $"Triggered by:\n{descriptor.BadExample}\n\nCorrected:\n{descriptor.GoodExample}\n";
}

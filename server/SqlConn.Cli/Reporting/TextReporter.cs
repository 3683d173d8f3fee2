using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// Compiler-style output: <c>path:line:col: severity CODE: message</c>, then the source line with
/// carets under the range, then the DETAIL and HINT lines, and a summary.
/// </summary>
internal static class TextReporter
{
    /// <summary>Source lines longer than this are shown as a window around the diagnostic.</summary>
    private const int MaxShownLine = 160;

    public static void Write(LintReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var position = file.Text.Lines.GetLinePositionSpan(diagnostic.Span);
                output.WriteLine($"{file.Path}:{position.Start.Line + 1}:{position.Start.Character + 1}: "
                    + $"{Severities.Name(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}");
                WriteSourceLine(file.Text, diagnostic.Span, output);
                if (diagnostic.Detail is { } detail)
                {
                    output.WriteLine($"    = detail: {detail}");
                }

                if (diagnostic.Hint is { } hint)
                {
                    output.WriteLine($"    = hint: {hint}");
                }
            }
        }

        output.WriteLine($"{Plural(report.Files.Length, "file")} checked: {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}");
    }

    private static void WriteSourceLine(SourceText text, TextSpan span, TextWriter output)
    {
        var line = text.Lines.GetLineFromPosition(span.Start);
        var lineText = text.ToString(line.Span);
        var column = span.Start - line.Start;
        var width = Math.Max(1, Math.Min(span.End, line.End) - span.Start);

        var windowStart = 0;
        var prefix = string.Empty;
        var suffix = string.Empty;
        if (lineText.Length > MaxShownLine)
        {
            windowStart = Math.Max(0, Math.Min(column - (MaxShownLine / 2), lineText.Length - MaxShownLine));
            prefix = windowStart > 0 ? "..." : string.Empty;
            suffix = windowStart + MaxShownLine < lineText.Length ? "..." : string.Empty;
            lineText = lineText.Substring(windowStart, MaxShownLine);
            width = Math.Min(width, MaxShownLine - (column - windowStart));
        }

        var before = lineText[..(column - windowStart)];
        var padding = new string(before.Select(c => c == '\t' ? '\t' : ' ').ToArray());
        output.WriteLine($"    {prefix}{Printable(lineText)}{suffix}");
        output.WriteLine($"    {new string(' ', prefix.Length)}{padding}{new string('^', Math.Max(1, width))}");
    }

    /// <summary>Control characters would garble the terminal; show them as a middle dot.</summary>
    private static string Printable(string line) =>
        string.Create(line.Length, line, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) && source[i] != '\t' ? '\u00B7' : source[i];
            }
        });

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}

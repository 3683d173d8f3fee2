using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Diagnostics;

/// <summary>
/// Renders a diagnostic like a compiler does, for the CLI and for test expectations alike:
/// <code>
/// path:line:col: severity CODE: message
///     source line
///     ^^^^ (under the range, on its first line)
///     = detail: ...
///     = hint: ...
/// </code>
/// Lines and columns are 1-based. A source line longer than <see cref="MaxShownLine"/> characters is
/// shown as a window around the range, with <c>...</c> marking the cut ends; control characters are
/// shown as a middle dot so they cannot garble a terminal.
/// </summary>
public static class DiagnosticRenderer
{
    public const int MaxShownLine = 160;

    private const string Indent = "    ";

    /// <summary>The rendering, one line per <c>\n</c>, ending with one. Without a path the location is <c>line:col</c>.</summary>
    public static string Render(SourceText text, Diagnostic diagnostic, string? path = null)
    {
        var builder = new StringBuilder();
        var start = text.Lines.GetLinePosition(diagnostic.Span.Start);
        var location = $"{start.Line + 1}:{start.Character + 1}";
        builder.Append(path is null ? location : $"{path}:{location}")
            .Append($": {diagnostic.Severity.DisplayName()} {diagnostic.Code}: {diagnostic.Message}\n");
        AppendSourceLine(builder, text, diagnostic.Span);
        if (diagnostic.Detail is { } detail)
        {
            builder.Append($"{Indent}= detail: {detail}\n");
        }

        if (diagnostic.Hint is { } hint)
        {
            builder.Append($"{Indent}= hint: {hint}\n");
        }

        return builder.ToString();
    }

    private static void AppendSourceLine(StringBuilder builder, SourceText text, TextSpan span)
    {
        var line = text.Lines.GetLineFromPosition(span.Start);
        var column = span.Start - line.Start;
        var width = Math.Max(1, Math.Min(span.End, line.End) - span.Start);
        var windowStart = 0;
        var windowLength = line.Span.Length;
        var prefix = string.Empty;
        var suffix = string.Empty;
        if (windowLength > MaxShownLine)
        {
            windowStart = Math.Max(0, Math.Min(column - (MaxShownLine / 2), line.Span.Length - MaxShownLine));
            windowLength = MaxShownLine;
            prefix = windowStart > 0 ? "..." : string.Empty;
            suffix = windowStart + MaxShownLine < line.Span.Length ? "..." : string.Empty;
            width = Math.Max(1, Math.Min(width, MaxShownLine - (column - windowStart)));
        }

        var shown = text.ToString(new TextSpan(line.Start + windowStart, windowLength));
        builder.Append(Indent).Append(prefix);
        foreach (var c in shown)
        {
            builder.Append(char.IsControl(c) && c != '\t' ? '\u00B7' : c);
        }

        builder.Append(suffix).Append('\n').Append(Indent).Append(' ', prefix.Length);
        foreach (var c in shown.AsSpan(0, column - windowStart))
        {
            builder.Append(c == '\t' ? '\t' : ' ');
        }

        builder.Append('^', width).Append('\n');
    }
}

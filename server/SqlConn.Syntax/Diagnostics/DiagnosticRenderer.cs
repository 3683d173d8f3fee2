using System.Collections.Immutable;
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
/// shown as a middle dot so they cannot garble a terminal. Secret material on the shown line (the
/// spans of <see cref="Redaction.SecretMaterial"/>) is shown as <c>'********'</c>, and the carets
/// follow the masked line.
/// </summary>
public static class DiagnosticRenderer
{
    public const int MaxShownLine = 160;

    private const string Indent = "    ";

    private const string Mask = "'********'";

    /// <summary>
    /// The rendering, one line per <c>\n</c>, ending with one. Without a path the location is
    /// <c>line:col</c>. <paramref name="secrets"/> are absolute spans, in text order, never shown.
    /// </summary>
    public static string Render(SourceText text, Diagnostic diagnostic, string? path = null, ImmutableArray<TextSpan> secrets = default)
    {
        var builder = new StringBuilder();
        var start = text.Lines.GetLinePosition(diagnostic.Span.Start);
        var location = $"{start.Line + 1}:{start.Character + 1}";
        builder.Append(path is null ? location : $"{path}:{location}")
            .Append($": {diagnostic.Severity.DisplayName()} {diagnostic.Code}: {diagnostic.Message}\n");
        AppendSourceLine(builder, text, diagnostic.Span, secrets.IsDefault ? [] : secrets);
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

    private static void AppendSourceLine(StringBuilder builder, SourceText text, TextSpan span, ImmutableArray<TextSpan> secrets)
    {
        var line = text.Lines.GetLineFromPosition(span.Start);
        var masked = MaskedLine.Of(text, line, secrets);
        var column = masked.Map(span.Start, atEnd: false);
        var width = Math.Max(1, masked.Map(Math.Min(span.End, line.End), atEnd: true) - column);
        var lineLength = masked.Text.Length;
        var windowStart = 0;
        var windowLength = lineLength;
        var prefix = string.Empty;
        var suffix = string.Empty;
        if (windowLength > MaxShownLine)
        {
            windowStart = Math.Max(0, Math.Min(column - (MaxShownLine / 2), lineLength - MaxShownLine));
            windowLength = MaxShownLine;
            prefix = windowStart > 0 ? "..." : string.Empty;
            suffix = windowStart + MaxShownLine < lineLength ? "..." : string.Empty;
            width = Math.Max(1, Math.Min(width, MaxShownLine - (column - windowStart)));
        }

        var shown = masked.Text.AsSpan(windowStart, windowLength);
        builder.Append(Indent).Append(prefix);
        foreach (var c in shown)
        {
            builder.Append(char.IsControl(c) && c != '\t' ? '\u00B7' : c);
        }

        builder.Append(suffix).Append('\n').Append(Indent).Append(' ', prefix.Length);
        foreach (var c in shown[..(column - windowStart)])
        {
            builder.Append(c == '\t' ? '\t' : ' ');
        }

        builder.Append('^', width).Append('\n');
    }

    /// <summary>A source line with its secret material replaced, and the map from source positions to columns in it.</summary>
    private readonly record struct MaskedLine(string Text, int LineStart, ImmutableArray<(int SourceEnd, int Shift)> Masks)
    {
        public static MaskedLine Of(SourceText text, TextLine line, ImmutableArray<TextSpan> secrets)
        {
            var source = text.ToString(line.Span);
            var masks = ImmutableArray.CreateBuilder<(int, int)>();
            var result = new StringBuilder(source.Length);
            var copied = line.Start;
            var shift = 0;
            foreach (var secret in Overlapping(secrets, line.Span))
            {
                var start = Math.Max(secret.Start, copied);
                var end = Math.Min(secret.End, line.End);
                if (end <= start)
                {
                    continue;
                }

                result.Append(source, copied - line.Start, start - copied).Append(Mask);
                shift += Mask.Length - (end - start);
                masks.Add((end, shift));
                copied = end;
            }

            result.Append(source, copied - line.Start, line.End - copied);
            return new MaskedLine(result.ToString(), line.Start, masks.ToImmutable());
        }

        /// <summary>
        /// The column of a source position. A position inside a mask maps to the mask's start, or to
        /// its end when <paramref name="atEnd"/> (the end of a range), so a range touching a mask covers it.
        /// </summary>
        public int Map(int position, bool atEnd)
        {
            var shift = 0;
            foreach (var (sourceEnd, after) in Masks)
            {
                var maskEnd = sourceEnd - LineStart + after;
                if (position < sourceEnd)
                {
                    var column = position - LineStart + shift;
                    var maskStart = maskEnd - Mask.Length;
                    return column <= maskStart ? column : atEnd ? maskEnd : maskStart;
                }

                shift = after;
            }

            return position - LineStart + shift;
        }

        private static IEnumerable<TextSpan> Overlapping(ImmutableArray<TextSpan> secrets, TextSpan line)
        {
            var first = FirstEndingAfter(secrets, line.Start);
            for (var i = first; i < secrets.Length && secrets[i].Start < line.End; i++)
            {
                yield return secrets[i];
            }
        }

        /// <summary>The index of the first span (they are in text order) that ends after <paramref name="position"/>.</summary>
        private static int FirstEndingAfter(ImmutableArray<TextSpan> secrets, int position)
        {
            int low = 0, high = secrets.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (secrets[middle].End <= position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}

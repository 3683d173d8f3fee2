using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Tests.Support;

/// <summary>Readable renderings of positions and ranges for expected outputs.</summary>
internal static class Spans
{
    /// <summary><c>2:5-2:9 "HOST"</c>: 1-based line and column of both ends, and the text (newlines as ⏎).</summary>
    public static string Render(SourceText text, TextSpan span)
    {
        var content = text.ToString(span).Replace("\n", "⏎", StringComparison.Ordinal);
        return $"{Position(text, span.Start)}-{Position(text, span.End)} \"{content}\"";
    }

    /// <summary><c>2:5</c>.</summary>
    public static string Position(SourceText text, int position)
    {
        var line = text.Lines.GetLinePosition(position);
        return $"{line.Line + 1}:{line.Character + 1}";
    }
}

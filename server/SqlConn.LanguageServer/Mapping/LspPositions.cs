using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Workspace;
using Range = SqlConn.LanguageServer.Protocol.Range;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>Offsets and spans of a text to LSP positions and ranges (UTF-16, the LSP default and SourceText's unit), and back.</summary>
internal static class LspPositions
{
    public static Position ToLsp(SourceText text, int offset)
    {
        var position = text.Lines.GetLinePosition(Math.Clamp(offset, 0, text.Length));
        return new Position(position.Line, position.Character);
    }

    public static Range ToLsp(SourceText text, TextSpan span) => new(ToLsp(text, span.Start), ToLsp(text, span.End));

    /// <summary>The location of a span of a document of the analysis, for answers that point into other documents.</summary>
    public static Location ToLocation(AnalysisSnapshot snapshot, string uri, TextSpan span) => new(uri, ToLsp(snapshot.Text(uri), span));

    /// <summary>The offset of an LSP position, clamped to the text (a client out of step must not crash the server).</summary>
    public static int ToOffset(SourceText text, Position position) => DocumentChange.Offset(text, ToLinePosition(position));

    /// <summary>The span of an LSP range, its ends clamped to the text and in text order.</summary>
    public static TextSpan ToSpan(SourceText text, Range range)
    {
        var (start, end) = (ToOffset(text, range.Start), ToOffset(text, range.End));
        return TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end));
    }

    /// <summary>An LSP range as a line span, its ends in text order.</summary>
    public static LinePositionSpan ToLinePositionSpan(Range range)
    {
        var (start, end) = (ToLinePosition(range.Start), ToLinePosition(range.End));
        return start <= end ? new LinePositionSpan(start, end) : new LinePositionSpan(end, start);
    }

    private static LinePosition ToLinePosition(Position position) => new(Math.Max(0, position.Line), Math.Max(0, position.Character));
}

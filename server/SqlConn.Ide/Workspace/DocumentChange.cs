using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// One edit of an open document, as editors send them: <see cref="Range"/> in lines and UTF-16
/// characters of the text the previous change left, or null to replace the whole text.
/// </summary>
public sealed record DocumentChange(LinePositionSpan? Range, string Text)
{
    /// <summary>
    /// Applies the change. Positions beyond a line's end or the text's end are clamped to it: an
    /// editor out of step must not crash the server.
    /// </summary>
    public SourceText ApplyTo(SourceText text)
    {
        if (Range is not { } range)
        {
            return SourceText.From(Text);
        }

        var span = TextSpan.FromBounds(Offset(text, range.Start), Offset(text, range.End));
        return text.WithChanges(new TextChange(span, Text));
    }

    /// <summary>The offset of a line position, clamped to the text.</summary>
    public static int Offset(SourceText text, LinePosition position)
    {
        if (position.Line >= text.Lines.Count)
        {
            return text.Length;
        }

        var line = text.Lines[position.Line];
        return line.Start + Math.Clamp(position.Character, 0, line.End - line.Start);
    }
}

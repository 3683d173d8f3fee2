using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Splitting;

/// <summary>
/// The text between two statement separators. <see cref="Span"/> excludes the separating semicolon;
/// <see cref="SemicolonPosition"/> is its position, or null for the last chunk of a script without
/// a final semicolon. <see cref="IsBlank"/> is true when the chunk holds only whitespace and comments.
/// <see cref="HasUnterminatedToken"/> is true when a string, quoted identifier, dollar string or
/// block comment in it never closes: the splitter then read to the end of the script to find that
/// out, so an edit anywhere after the chunk may change where it ends.
/// </summary>
public readonly record struct StatementChunk(TextSpan Span, int? SemicolonPosition, bool IsBlank, bool HasUnterminatedToken = false)
{
    /// <summary>The last position the splitter read to delimit the chunk, in a script of <paramref name="scriptLength"/> characters.</summary>
    public int ScannedTo(int scriptLength) => HasUnterminatedToken ? scriptLength : SemicolonPosition ?? scriptLength;

    public StatementChunk Shifted(int delta) =>
        this with { Span = new TextSpan(Span.Start + delta, Span.Length), SemicolonPosition = SemicolonPosition + delta };
}

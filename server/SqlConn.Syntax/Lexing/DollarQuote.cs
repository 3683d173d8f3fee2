namespace SqlConn.Syntax.Lexing;

/// <summary>
/// Dollar-quote scanning, shared by the ANTLR lexer and the statement splitter so that both always
/// agree on where a dollar-quoted string ends.
/// </summary>
internal static class DollarQuote
{
    /// <summary>
    /// Length of the opening tag (<c>$$</c> or <c>$name$</c>) at <paramref name="start"/>, or 0 when
    /// the dollar sign there does not open a dollar-quoted string.
    /// </summary>
    public static int OpeningTagLength(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || text[start] != '$')
        {
            return 0;
        }

        var i = start + 1;
        if (i < text.Length && IsTagStart(text[i]))
        {
            i++;
            while (i < text.Length && IsTagPart(text[i]))
            {
                i++;
            }
        }

        return i < text.Length && text[i] == '$' ? i - start + 1 : 0;
    }

    /// <summary>
    /// Scans the body that follows an opening <paramref name="tag"/>. Returns the index just past the
    /// closing tag, or, when the string is unterminated, where <see cref="UnterminatedToken"/> ends it.
    /// </summary>
    public static (int End, bool Terminated) ScanBody(ReadOnlySpan<char> text, int bodyStart, ReadOnlySpan<char> tag)
    {
        var close = text[bodyStart..].IndexOf(tag, StringComparison.Ordinal);
        if (close >= 0)
        {
            return (bodyStart + close + tag.Length, true);
        }

        return (UnterminatedToken.End(text, bodyStart), false);
    }

    // The lexer grammar's tag rule: [a-z_] [a-z0-9_]* (case-insensitive).
    private static bool IsTagStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsTagPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

namespace SqlConn.Syntax.Lexing;

/// <summary>
/// Where a string, quoted identifier, dollar string or block comment that never closes ends: at the
/// end of the line it starts on or at the first semicolon, whichever comes first. The statement it
/// breaks then ends there too, and the statements after it still parse. The lexer grammar's
/// UNTERMINATED_* rules, its code-scanned tokens and the statement splitter all follow this rule.
/// </summary>
internal static class UnterminatedToken
{
    /// <summary>The end of an unterminated token whose text continues at <paramref name="from"/>.</summary>
    public static int End(ReadOnlySpan<char> text, int from)
    {
        var stop = text[from..].IndexOfAny('\r', '\n', ';');
        return stop >= 0 ? from + stop : text.Length;
    }
}

namespace SqlConn.Syntax.Lexing;

/// <summary>
/// Block-comment scanning, shared by the ANTLR lexer and the statement splitter. Comments nest, as in
/// PostgreSQL; a comment that never closes ends as <see cref="UnterminatedToken"/> says.
/// </summary>
internal static class BlockComment
{
    /// <summary>Scans the comment opened at <paramref name="open"/> (which holds <c>/*</c>).</summary>
    public static (int End, bool Terminated) Scan(ReadOnlySpan<char> text, int open)
    {
        var depth = 0;
        var i = open;
        while (i + 1 < text.Length)
        {
            if (text[i] == '/' && text[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (text[i] == '*' && text[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return (i, true);
                }
            }
            else
            {
                i++;
            }
        }

        return (UnterminatedToken.End(text, open), false);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Lexing;

namespace SqlConn.Syntax.Splitting;

/// <summary>
/// Splits a script into statements at every semicolon that is outside quotes and comments, so that
/// one broken statement never spoils the next. The quoting rules mirror grammar/SqlConnLexer.g4
/// exactly (a property test checks that both agree), including its recovery rule: a string, quoted
/// identifier or block comment with no end stops at the end of its line or at the first semicolon
/// (<see cref="UnterminatedToken"/>).
/// Semicolons inside parentheses split too: an unclosed parenthesis must not swallow the script.
/// </summary>
public static class StatementSplitter
{
    public static ImmutableArray<StatementChunk> Split(string text) => Split(text, 0, atScriptStart: true, stopAt: null).Chunks;

    /// <summary>
    /// Splits <paramref name="span"/>, the text of a script from position <paramref name="offset"/>,
    /// which must be the start of a chunk (the script's start or just after a separator: the splitter
    /// is then at top level, so the chunks are those of the whole script from there on). Spans are
    /// absolute. <paramref name="atScriptStart"/> is false when chunks precede the text. Stops after
    /// the first separator whose following position satisfies <paramref name="stopAt"/>, with
    /// <c>Stopped</c> true. When <paramref name="span"/> ends before the script does, only the chunks
    /// that end with a separator and have no unterminated token are the script's.
    /// </summary>
    internal static (ImmutableArray<StatementChunk> Chunks, bool Stopped) Split(
        ReadOnlySpan<char> span, int offset, bool atScriptStart, Func<int, bool>? stopAt)
    {
        var chunks = ImmutableArray.CreateBuilder<StatementChunk>();
        var chunkStart = 0;
        var blank = true;
        var unterminated = false;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            bool terminated;
            switch (c)
            {
                case ';':
                    chunks.Add(new StatementChunk(TextSpan.FromBounds(offset + chunkStart, offset + i), offset + i, blank, unterminated));
                    i++;
                    chunkStart = i;
                    blank = true;
                    unterminated = false;
                    if (stopAt?.Invoke(offset + i) == true)
                    {
                        return (chunks.ToImmutable(), true);
                    }

                    continue;
                case '-' when Next(span, i) == '-':
                    i = EndOfLine(span, i);
                    continue;
                case '/' when Next(span, i) == '*':
                    (i, terminated) = BlockComment.Scan(span, i);
                    unterminated |= !terminated;
                    continue;
                case ' ' or '\t' or '\r' or '\n' or '\f' or '\v':
                    i++;
                    continue;
            }

            blank = false;
            terminated = true;
            if (c == '\'')
            {
                (i, terminated) = SkipQuoted(span, i, '\'', backslashEscapes: false);
            }
            else if (c == '"')
            {
                (i, terminated) = SkipQuoted(span, i, '"', backslashEscapes: false);
            }
            else if (c is 'e' or 'E' && Next(span, i) == '\'')
            {
                (i, terminated) = SkipQuoted(span, i + 1, '\'', backslashEscapes: true);
            }
            else if (c == '$' && DollarQuote.OpeningTagLength(span, i) is > 0 and var tagLength)
            {
                (i, terminated) = DollarQuote.ScanBody(span, i + tagLength, span.Slice(i, tagLength));
            }
            else if (c == '$' && char.IsAsciiDigit(Next(span, i)))
            {
                // A parameter ($1): its digits are not a number, so "$1e1$$" is $1 then the identifier e1$$.
                i++;
                while (i < span.Length && char.IsAsciiDigit(span[i]))
                {
                    i++;
                }
            }
            else if (IsIdentifierStart(c))
            {
                i++;
                while (i < span.Length && IsIdentifierPart(span[i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                i = SkipNumber(span, i);
            }
            else
            {
                i++;
            }

            unterminated |= !terminated;
        }

        if (chunkStart < span.Length || (atScriptStart && chunks.Count == 0))
        {
            chunks.Add(new StatementChunk(TextSpan.FromBounds(offset + chunkStart, offset + span.Length), null, blank, unterminated));
        }

        return (chunks.ToImmutable(), false);
    }

    // The lexer's IDENT_START / IDENT_PART fragments.
    internal static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c == '_' || c is >= '\u0080' and <= '\uFFFE';

    internal static bool IsIdentifierPart(char c) =>
        IsIdentifierStart(c) || char.IsAsciiDigit(c) || c == '$';

    private static char Next(ReadOnlySpan<char> s, int i) => i + 1 < s.Length ? s[i + 1] : '\0';

    private static int EndOfLine(ReadOnlySpan<char> s, int i)
    {
        var eol = s[i..].IndexOfAny('\r', '\n');
        return eol >= 0 ? i + eol : s.Length;
    }

    /// <summary>
    /// Skips a quoted token that starts at <paramref name="open"/>, as the lexer's longest match does:
    /// a doubled quote continues the token, but when the token then never closes, it ends at the
    /// last quote that could have closed it or where <see cref="UnterminatedToken"/> ends it (the
    /// UNTERMINATED_* rule), whichever is further; <c>Terminated</c> is false then.
    /// </summary>
    private static (int End, bool Terminated) SkipQuoted(ReadOnlySpan<char> s, int open, char quote, bool backslashEscapes)
    {
        var lastPossibleEnd = -1;
        var i = open + 1;
        while (i < s.Length)
        {
            var c = s[i];
            if (backslashEscapes && c == '\\' && i + 1 < s.Length)
            {
                i += 2;
            }
            else if (c == quote)
            {
                if (Next(s, i) != quote)
                {
                    return (i + 1, true);
                }

                lastPossibleEnd = i + 1;
                i += 2;
            }
            else
            {
                i++;
            }
        }

        return (Math.Max(lastPossibleEnd, UnterminatedToken.End(s, open)), false);
    }

    // The lexer's NUMBER rule: DIGIT+ ('.' DIGIT*)? EXPONENT?
    private static int SkipNumber(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
            }

            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                i = j;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }
            }
        }

        return i;
    }
}

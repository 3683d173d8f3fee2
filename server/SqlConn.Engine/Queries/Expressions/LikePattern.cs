using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// SQL LIKE matching: <c>%</c> matches any run of characters, <c>_</c> exactly one (a code point),
/// the escape character (backslash unless ESCAPE says otherwise, none for ESCAPE '') makes the next
/// character literal. A pattern ending in the escape character is an error once matching reaches
/// that end with text left, as in PostgreSQL (<c>'a' LIKE 'a\'</c> is just false). A pattern is
/// compiled once and matched against many texts without allocating; a text that does not contain the
/// pattern's longest run of literal characters is rejected by one vectorised search, without matching.
/// </summary>
internal sealed class LikePattern
{
    private const int AnyOne = -1;
    private const int AnyRun = -2;
    private const int DanglingEscape = -3;

    /// <summary>The pattern as code points and wildcards (and a mark for a trailing escape character).</summary>
    private readonly int[] tokens;

    private readonly bool caseInsensitive;

    /// <summary>
    /// The longest run of literal code points of the pattern, which every matching text contains; null when
    /// there is none. Matching reaches a token only after matching every token before it, so a text without
    /// this run can neither match nor reach a dangling escape after it. U+FFFD is never part of it (an unpaired
    /// surrogate of the text matches U+FFFD without containing it).
    /// </summary>
    private readonly string? requiredRun;

    private LikePattern(int[] tokens, bool caseInsensitive)
    {
        this.tokens = tokens;
        this.caseInsensitive = caseInsensitive;
        requiredRun = LongestLiteralRun(tokens);
    }

    /// <summary>
    /// The literal characters every matching text starts with, up to the first wildcard or dangling
    /// escape (empty when the pattern starts with one), for a case-sensitive pattern: a text that does
    /// not start with them neither matches nor reaches the dangling escape. Only characters below the
    /// surrogates, so that the texts with this prefix are consecutive in code point order and an
    /// unpaired surrogate of a text (which matches U+FFFD) never has to be thought of.
    /// </summary>
    public string LiteralPrefix
    {
        get
        {
            var length = caseInsensitive ? 0 : tokens.AsSpan().IndexOfAnyExceptInRange(0, 0xD7FF);
            return Literal(tokens.AsSpan(0, length < 0 ? tokens.Length : length));
        }
    }

    /// <summary>The escape code point of an ESCAPE string: none for '', an error for more than one character.</summary>
    public static int? Escape(string escape, TextSpan span) =>
        TryEscape(escape, out var codePoint)
            ? codePoint
            : throw QueryErrors.InvalidArgumentError("invalid escape string", span, "Escape string must be empty or one character.");

    /// <summary>The escape code point of an ESCAPE string (none for ''), or false when it has more than one character.</summary>
    public static bool TryEscape(string escape, out int? codePoint)
    {
        var runes = escape.EnumerateRunes().ToArray();
        codePoint = runes.Length == 1 ? runes[0].Value : null;
        return runes.Length <= 1;
    }

    /// <summary>The pattern for LIKE (or ILIKE when <paramref name="caseInsensitive"/>).</summary>
    public static LikePattern Compile(string pattern, int? escape, bool caseInsensitive)
    {
        var tokens = new List<int>(pattern.Length);
        var escaped = false;
        foreach (var rune in (caseInsensitive ? pattern.ToLowerInvariant() : pattern).EnumerateRunes())
        {
            var c = rune.Value;
            if (escaped)
            {
                tokens.Add(c);
                escaped = false;
            }
            else if (c == escape)
            {
                escaped = true;
            }
            else
            {
                tokens.Add(c switch { '%' => AnyRun, '_' => AnyOne, _ => c });
            }
        }

        if (escaped)
        {
            tokens.Add(DanglingEscape);
        }

        return new LikePattern([.. tokens], caseInsensitive);
    }

    /// <summary>Greedy matching that backtracks to the last <c>%</c> only; <paramref name="span"/> places a dangling escape error.</summary>
    public bool Matches(string text, TextSpan span)
    {
        if (caseInsensitive)
        {
            text = text.ToLowerInvariant();
        }

        if (requiredRun is not null && !text.Contains(requiredRun, StringComparison.Ordinal))
        {
            return false;
        }

        int t = 0, p = 0, runPattern = -1, runText = 0;
        while (t < text.Length)
        {
            if (p < tokens.Length && tokens[p] == DanglingEscape)
            {
                throw QueryErrors.InvalidArgumentError("LIKE pattern must not end with escape character", span);
            }

            var (c, width) = CodePointAt(text, t);
            if (p < tokens.Length && (tokens[p] == AnyOne || tokens[p] == c))
            {
                t += width;
                p++;
            }
            else if (p < tokens.Length && tokens[p] == AnyRun)
            {
                runPattern = p++;
                runText = t;
            }
            else if (runPattern >= 0)
            {
                p = runPattern + 1;
                runText += CodePointAt(text, runText).Width;
                t = runText;
            }
            else
            {
                return false;
            }
        }

        while (p < tokens.Length && tokens[p] == AnyRun)
        {
            p++;
        }

        return p == tokens.Length;
    }

    private static string? LongestLiteralRun(int[] tokens)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i] >= 0 && tokens[i] != Rune.ReplacementChar.Value)
            {
                continue;
            }

            if (i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }

            start = i + 1;
        }

        return bestLength == 0 ? null : Literal(tokens.AsSpan(bestStart, bestLength));
    }

    private static string Literal(ReadOnlySpan<int> codePoints)
    {
        var literal = new StringBuilder(codePoints.Length);
        foreach (var codePoint in codePoints)
        {
            literal.Append(new Rune(codePoint).ToString());
        }

        return literal.ToString();
    }

    /// <summary>The code point at <paramref name="index"/> and its length in UTF-16 units (an unpaired surrogate reads as U+FFFD).</summary>
    private static (int Value, int Width) CodePointAt(string text, int index)
    {
        if (!char.IsSurrogate(text[index]))
        {
            return (text[index], 1);
        }

        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var width);
        return (rune.Value, width);
    }
}

using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// SQL LIKE matching: <c>%</c> matches any run of characters, <c>_</c> exactly one (a code point),
/// the escape character (backslash unless ESCAPE says otherwise, none for ESCAPE '') makes the next
/// character literal. A pattern ending in the escape character is an error once matching reaches
/// that end with text left, as in PostgreSQL (<c>'a' LIKE 'a\'</c> is just false). A pattern is
/// compiled once and matched against many texts without allocating; a text that does not contain the
/// pattern's longest run of literal characters is rejected by one vectorised search, without matching,
/// and in a text without surrogates the segment after a <c>%</c> is tried only where its first run of
/// literal characters occurs (<see cref="Anchor"/>).
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

    /// <summary>
    /// By token index, the anchor of the segment after each <c>%</c> that has one (null elsewhere); null when none has.
    /// </summary>
    private readonly Anchor?[]? anchors;

    private LikePattern(int[] tokens, bool caseInsensitive)
    {
        this.tokens = tokens;
        this.caseInsensitive = caseInsensitive;
        requiredRun = LongestLiteralRun(tokens);
        anchors = Anchors(tokens);
    }

    /// <summary>
    /// The run of literal code points that the segment after a <c>%</c> starts with after <paramref name="Offset"/>
    /// <c>_</c> (a segment that reaches another <c>%</c>, a dangling escape or the end first has none). In a text
    /// without surrogates every character is one code point, so the segment can match at a start only if
    /// <paramref name="Run"/> occurs <paramref name="Offset"/> characters after it: every other start fails at or
    /// before the run, without reaching the tokens after it (a dangling escape among them). The run may hold U+FFFD,
    /// which in such a text matches only itself, and code points above U+FFFF, which such a text never contains.
    /// </summary>
    private readonly record struct Anchor(string Run, int Offset)
    {
        /// <summary>The tokens from the segment's start to the end of the run, and the characters they match where the run is found.</summary>
        public int Length => Offset + Run.Length;
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

    /// <summary>
    /// Greedy matching that backtracks to the last <c>%</c> only, trying the starts of the segment after it from
    /// left to right (the leftmost start at which a segment matches is always a right choice); <paramref name="span"/>
    /// places a dangling escape error, raised when matching reaches it with text left.
    /// </summary>
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

        // In a text with surrogates a run of _ spans an unknown number of characters: there every start is tried.
        var startAnchors = anchors is not null && text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? anchors : null;
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
                continue;
            }

            if (p < tokens.Length && tokens[p] == AnyRun)
            {
                if (p == tokens.Length - 1)
                {
                    return true; // A last % matches the rest of the text.
                }

                (runPattern, runText) = (p, t);
            }
            else if (runPattern >= 0)
            {
                runText += CodePointAt(text, runText).Width;
            }
            else
            {
                return false;
            }

            if (startAnchors?[runPattern] is { } anchor)
            {
                runText = AnchoredStart(text, runText, anchor);
                if (runText < 0)
                {
                    return false;
                }

                // The underscores and the run match there, one character per token.
                (p, t) = (runPattern + 1 + anchor.Length, runText + anchor.Length);
            }
            else
            {
                (p, t) = (runPattern + 1, runText);
            }
        }

        while (p < tokens.Length && tokens[p] == AnyRun)
        {
            p++;
        }

        return p == tokens.Length;
    }

    /// <summary>
    /// The first start at or after <paramref name="from"/> at which <paramref name="anchor"/>'s run occurs where its
    /// segment puts it, in a text without surrogates; -1 when there is none, so the segment matches nowhere.
    /// </summary>
    private static int AnchoredStart(string text, int from, Anchor anchor)
    {
        var runFrom = from + anchor.Offset;
        var found = runFrom > text.Length ? -1 : text.AsSpan(runFrom).IndexOf(anchor.Run, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The value of <see cref="anchors"/> for <paramref name="tokens"/>.</summary>
    private static Anchor?[]? Anchors(int[] tokens)
    {
        var anchors = new Anchor?[tokens.Length];
        var any = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] != AnyRun)
            {
                continue;
            }

            var first = i + 1;
            while (first < tokens.Length && tokens[first] == AnyOne)
            {
                first++;
            }

            var end = first;
            while (end < tokens.Length && tokens[end] >= 0)
            {
                end++;
            }

            if (end > first)
            {
                anchors[i] = new Anchor(Literal(tokens.AsSpan(first, end - first)), first - i - 1);
                any = true;
            }
        }

        return any ? anchors : null;
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

using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// SQL LIKE matching: <c>%</c> matches any run of characters, <c>_</c> exactly one (a code point),
/// the escape character (backslash unless ESCAPE says otherwise, none for ESCAPE '') makes the next
/// character literal. A pattern ending in the escape character is an error once matching reaches
/// that end with text left, as in PostgreSQL (<c>'a' LIKE 'a\'</c> is just false).
/// </summary>
internal static class LikePattern
{
    private const int AnyOne = -1;
    private const int AnyRun = -2;
    private const int DanglingEscape = -3;

    /// <summary>The escape code point of an ESCAPE string: none for '', an error for more than one character.</summary>
    public static int? Escape(string escape, TextSpan span)
    {
        var runes = escape.EnumerateRunes().ToArray();
        return runes.Length switch
        {
            0 => null,
            1 => runes[0].Value,
            _ => throw QueryErrors.InvalidArgumentError("invalid escape string", span, "Escape string must be empty or one character."),
        };
    }

    public static bool Matches(string text, string pattern, int? escape, bool caseInsensitive, TextSpan span)
    {
        if (caseInsensitive)
        {
            text = text.ToLowerInvariant();
            pattern = pattern.ToLowerInvariant();
        }

        return Match(CodePoints(text), Tokens(pattern, escape), span);
    }

    /// <summary>The pattern as code points and wildcards (and a mark for a trailing escape character).</summary>
    private static int[] Tokens(string pattern, int? escape)
    {
        var tokens = new List<int>(pattern.Length);
        var escaped = false;
        foreach (var rune in pattern.EnumerateRunes())
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

        return [.. tokens];
    }

    private static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return [.. points];
    }

    /// <summary>Greedy matching that backtracks to the last <c>%</c> only.</summary>
    private static bool Match(int[] text, int[] pattern, TextSpan span)
    {
        int t = 0, p = 0, runPattern = -1, runText = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == DanglingEscape)
            {
                throw QueryErrors.InvalidArgumentError("LIKE pattern must not end with escape character", span);
            }

            if (p < pattern.Length && (pattern[p] == AnyOne || pattern[p] == text[t]))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == AnyRun)
            {
                runPattern = p++;
                runText = t;
            }
            else if (runPattern >= 0)
            {
                p = runPattern + 1;
                t = ++runText;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == AnyRun)
        {
            p++;
        }

        return p == pattern.Length;
    }
}

using System.Collections.Immutable;

namespace SqlConn.Syntax.Formatting;

/// <summary>
/// Matches the tokens of a statement as written with the tokens of its canonical print, so that the
/// comments anchored to a written token can be put back next to its printed counterpart. The printer
/// keeps the order of the tokens and changes little: it inserts <c>=</c> (and <c>WITH</c>), folds
/// spellings (<c>USERNAME</c> prints as <c>USER</c>, identifiers in lower case) and may drop an
/// optional word. A greedy walk with a short look-ahead on both sides follows that; a written token
/// that has no counterpart maps to the printed token that follows its place.
/// </summary>
internal static class TokenAlignment
{
    private const int LookAhead = 3;

    /// <summary>For each written token, the index of its printed counterpart and whether it has one.</summary>
    public static ImmutableArray<(int Printed, bool Matched)> Align(ImmutableArray<string> written, ImmutableArray<string> printed)
    {
        var result = new (int, bool)[written.Length];
        int i = 0, j = 0;
        while (i < written.Length && j < printed.Length)
        {
            if (written[i] == printed[j])
            {
                result[i++] = (j++, true);
            }
            else if (Find(printed, j, written[i]) is { } inserted)
            {
                j = inserted;
            }
            else if (Find(written, i, printed[j]) is { } resumed)
            {
                while (i < resumed)
                {
                    result[i++] = (j, false);
                }
            }
            else
            {
                result[i++] = (j++, true);
            }
        }

        while (i < written.Length)
        {
            result[i++] = (printed.Length, false);
        }

        return [.. result];
    }

    /// <summary>The index of <paramref name="key"/> among the few tokens after <paramref name="from"/>, or null.</summary>
    private static int? Find(ImmutableArray<string> keys, int from, string key)
    {
        for (var k = from + 1; k < keys.Length && k <= from + LookAhead; k++)
        {
            if (keys[k] == key)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>What two tokens must share to match: the keyword, an unquoted identifier folded, or the text.</summary>
    public static string Key(SyntaxToken token, string text) => token.Kind switch
    {
        SyntaxTokenKind.Keyword => token.Keyword ?? text,
        SyntaxTokenKind.Identifier => text.ToLowerInvariant(),
        _ => text,
    };
}

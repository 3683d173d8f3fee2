using System.Text;
using System.Text.RegularExpressions;
using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// Hides secrets in URI text that a message quotes where CockroachDB would echo the URI whole (Go's
/// parse errors, nodelocal's and external's host errors). The password of the user-info part and the
/// values of sensitive query parameters become <c>redacted</c>; everything else, order included, stays
/// as written. A value runs to the next '&amp;' or the end of the text, so a '#' inside a secret does not
/// let its tail escape as a fragment.
/// </summary>
internal static partial class UriMasking
{
    private const string Redacted = "redacted";

    /// <summary>
    /// Go's <c>url.Error</c> text, <c>parse "{url}": {reason}</c>. The secrets are located in the whole
    /// <paramref name="original"/> (Go may quote only the part before '#'), and the password as
    /// cautiously as possible: a malformed URI may hold '/', '?' or '#' inside it, so it runs from the
    /// first ':' after "//" to the last '@' of the text.
    /// </summary>
    public static string ParseError(GoUrlError error, string original)
    {
        var ranges = SecretRanges(original, passwordEnd: original.LastIndexOf('@'));
        var secrets = ranges.Select(r => original[r.Start..r.End]).ToArray();
        return $"parse {GoStrconv.Quote(Apply(error.Url, ranges))}: {MaskQuoted(error.Reason, secrets)}";
    }

    /// <summary>
    /// URI text as written, masked the cautious way <see cref="ParseError"/> masks it: what a snapshot keeps of a
    /// stored URI, valid or not.
    /// </summary>
    public static string MaskText(string uri) => Apply(uri, SecretRanges(uri, passwordEnd: uri.LastIndexOf('@')));

    /// <summary>A parsed URL as Go prints it, masked; Go escapes '/', '?', '#' and '@' inside its password.</summary>
    public static string Mask(GoUrl url)
    {
        var text = url.ToString();
        var authorityStart = text.IndexOf("//", StringComparison.Ordinal) + 2;
        var authorityEnd = authorityStart < 2 ? -1 : text.IndexOfAny(['/', '?', '#'], authorityStart);
        var passwordEnd = authorityStart < 2 ? -1 : text.LastIndexOf('@', authorityEnd < 0 ? text.Length - 1 : authorityEnd - 1);
        return Apply(text, SecretRanges(text, passwordEnd));
    }

    /// <summary>
    /// Whether Go read part of a secret as the fragment: an unescaped '#' inside the value of the query's
    /// last parameter, when that parameter is sensitive.
    /// </summary>
    public static bool FragmentContinuesSecret(GoUrl url) =>
        url.Fragment.Length > 0 && url.RawQuery.Split('&')[^1] is var last && last.Contains('=', StringComparison.Ordinal)
        && IsSensitiveKey(last[..last.IndexOf('=', StringComparison.Ordinal)]);

    /// <summary>
    /// The ranges holding the password (up to <paramref name="passwordEnd"/>) and the sensitive values of
    /// the query (from the first '?'), merged where a malformed URI makes them overlap, in order.
    /// </summary>
    private static List<(int Start, int End)> SecretRanges(string text, int passwordEnd)
    {
        var ranges = new List<(int Start, int End)>();
        var authorityStart = text.IndexOf("//", StringComparison.Ordinal) + 2;
        var colon = authorityStart < 2 ? -1 : text.IndexOf(':', authorityStart);
        if (colon >= 0 && colon < passwordEnd)
        {
            ranges.Add((colon + 1, passwordEnd));
        }

        var question = text.IndexOf('?', StringComparison.Ordinal);
        var position = question + 1;
        foreach (var pair in question < 0 ? [] : text[position..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0 && IsSensitiveKey(pair[..equals]))
            {
                ranges.Add((position + equals + 1, position + pair.Length));
            }

            position += pair.Length + 1;
        }

        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>Replaces each range (clipped to <paramref name="text"/>, which may be a prefix of the analysed text).</summary>
    private static string Apply(string text, List<(int Start, int End)> ranges)
    {
        var builder = new StringBuilder(text.Length);
        var next = 0;
        foreach (var (start, end) in ranges.Where(r => r.Start <= text.Length))
        {
            builder.Append(text, next, start - next).Append(Redacted);
            next = Math.Min(end, text.Length);
        }

        return builder.Append(text, next, text.Length - next).ToString();
    }

    /// <summary>
    /// Go's reasons quote a piece of the URL (<c>invalid port ":x" after host</c>); a malformed URI can put
    /// a piece of its password there. A quoted piece of two or more characters found inside a secret is replaced.
    /// </summary>
    private static string MaskQuoted(string reason, string[] secrets) => QuotedText().Replace(reason, match =>
    {
        var piece = match.Groups[1].Value.TrimStart(':');
        return piece.Length > 1 && secrets.Any(secret => secret.Contains(piece, StringComparison.Ordinal)) ? $"\"{Redacted}\"" : match.Value;
    });

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex QuotedText();

    private static bool IsSensitiveKey(string rawKey) =>
        UriSchemes.IsSensitive(UrlEscaping.TryUnescape(rawKey, UrlEncoding.QueryComponent, out var key, out _) ? key : rawKey);
}

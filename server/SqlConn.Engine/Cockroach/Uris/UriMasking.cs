using System.Text;
using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// Hides secrets in URI text that a message quotes (Go's parse errors, nodelocal's host error), where
/// CockroachDB itself would echo the URI whole. Works on raw text, which need not parse: the password of
/// the user-info part and the values of sensitive query parameters become <c>redacted</c>; everything
/// else, order included, is left as written.
/// </summary>
internal static class UriMasking
{
    private const string Redacted = "redacted";

    /// <summary>Go's <c>url.Error</c> text: <c>parse "{url}": {reason}</c>, with the URL masked.</summary>
    public static string ParseError(GoUrlError error) => $"parse {GoStrconv.Quote(Mask(error.Url))}: {error.Reason}";

    public static string Mask(string text)
    {
        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        var body = fragment < 0 ? text : text[..fragment];
        var question = body.IndexOf('?', StringComparison.Ordinal);
        var builder = new StringBuilder(MaskPassword(question < 0 ? body : body[..question]));
        if (question >= 0)
        {
            builder.Append('?').Append(string.Join('&', body[(question + 1)..].Split('&').Select(MaskPair)));
        }

        return builder.Append(fragment < 0 ? string.Empty : text[fragment..]).ToString();
    }

    private static string MaskPassword(string beforeQuery)
    {
        var start = beforeQuery.IndexOf("//", StringComparison.Ordinal);
        if (start < 0)
        {
            return beforeQuery;
        }

        var authorityEnd = beforeQuery.IndexOf('/', start + 2);
        var authority = authorityEnd < 0 ? beforeQuery[(start + 2)..] : beforeQuery[(start + 2)..authorityEnd];
        var at = authority.LastIndexOf('@');
        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        if (at < 0 || colon < 0 || colon > at)
        {
            return beforeQuery;
        }

        var passwordStart = start + 2 + colon + 1;
        return beforeQuery[..passwordStart] + Redacted + beforeQuery[(start + 2 + at)..];
    }

    private static string MaskPair(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return pair;
        }

        var key = UrlEscaping.TryUnescape(pair[..equals], UrlEncoding.QueryComponent, out var decoded, out _) ? decoded : pair[..equals];
        return UriSchemes.IsSensitive(key) ? pair[..(equals + 1)] + Redacted : pair;
    }
}

using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// The <c>connection_uri</c> column of SHOW EXTERNAL CONNECTIONS (spec §5.2), as CockroachDB computes it:
/// password and sensitive values replaced by <c>redacted</c>, the query re-encoded in key order, a KMS
/// key path replaced by <c>/redacted</c>. One addition: when an unescaped '#' inside the last sensitive
/// value made Go read its tail as the fragment, the fragment is redacted too.
/// </summary>
public static class ConnectionUriRedactor
{
    private const string Redacted = "redacted";

    /// <summary>
    /// The displayed URI for a stored URI and its stored <c>connection_type</c>. CockroachDB never fails
    /// here: an unknown type or an unreadable URI yields the text <c>failed to redact the URI: {cause}</c>.
    /// </summary>
    public static string Redact(string uri, string connectionType)
    {
        (string? Uri, string? Error) redacted = connectionType switch
        {
            "STORAGE" or "FOREIGNDATA" => Sanitize(uri),
            "KMS" => RedactKms(uri),
            _ => (null, $"cannot redact URI for unknown connection type: {connectionType}"),
        };
        return redacted.Uri ?? "failed to redact the URI: " + redacted.Error;
    }

    /// <summary>CockroachDB's <c>SanitizeExternalStorageURI</c>; workload and null URIs are returned as they are.</summary>
    private static (string? Uri, string? Error) Sanitize(string uri)
    {
        if (!GoUrlParser.TryParse(uri, out var url, out var error))
        {
            return (null, UriMasking.ParseError(error, uri));
        }

        if (url.Scheme is "workload" or "experimental-workload" or "null")
        {
            return (uri, null);
        }

        var query = url.Query();
        foreach (var key in query.Keys.Where(UriSchemes.IsSensitive).ToArray())
        {
            query = query.Set(key, Redacted);
        }

        var user = url.User is { Password: not null } withPassword ? withPassword with { Password = Redacted } : url.User;
        var redacted = url with { User = user, RawQuery = query.Encode() };
        if (UriMasking.FragmentContinuesSecret(url))
        {
            // SqlConn only: CockroachDB would print the tail of the secret as the fragment.
            redacted = redacted with { Fragment = Redacted, RawFragment = string.Empty };
        }

        return (redacted.ToString(), null);
    }

    /// <summary>CockroachDB's <c>RedactKMSURI</c>: sanitized, parsed again as a request URI, path replaced.</summary>
    private static (string? Uri, string? Error) RedactKms(string uri)
    {
        var (sanitized, error) = Sanitize(uri);
        if (sanitized is null)
        {
            return (null, error);
        }

        return GoUrlParser.TryParseRequestUri(sanitized, out var url, out var parseError)
            ? ((url with { Path = "/redacted" }).ToString(), null)
            : (null, UriMasking.ParseError(parseError, sanitized));
    }
}

using System.Text;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>
/// A parsed URL with the fields of Go's <c>net/url.URL</c>, so that <see cref="ToString"/> re-encodes
/// it exactly as CockroachDB does (<c>URL.String()</c>). Built by <see cref="GoUrlParser"/>.
/// </summary>
internal sealed record GoUrl(
    string Scheme,
    string Opaque,
    GoUserInfo? User,
    string Host,
    string Path,
    string RawPath,
    bool OmitHost,
    bool ForceQuery,
    string RawQuery,
    string Fragment,
    string RawFragment)
{
    public QueryValues Query() => QueryValues.Parse(RawQuery);

    /// <summary>Go's <c>EscapedPath</c>: the original escaping when still valid, else the default one.</summary>
    public string EscapedPath() =>
        EscapedForm(RawPath, Path, UrlEncoding.Path) ?? (Path == "*" ? "*" : UrlEscaping.Escape(Path, UrlEncoding.Path));

    /// <summary>Go's <c>URL.String()</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Scheme.Length > 0)
        {
            builder.Append(Scheme).Append(':');
        }

        if (Opaque.Length > 0)
        {
            builder.Append(Opaque);
        }
        else
        {
            if ((Scheme.Length > 0 || Host.Length > 0 || User is not null) && !(OmitHost && Host.Length == 0 && User is null))
            {
                if (Host.Length > 0 || Path.Length > 0 || User is not null)
                {
                    builder.Append("//");
                }

                if (User is not null)
                {
                    builder.Append(User).Append('@');
                }

                builder.Append(UrlEscaping.Escape(Host, UrlEncoding.Host));
            }

            var path = EscapedPath();
            if (path.Length > 0 && path[0] != '/' && Host.Length > 0)
            {
                builder.Append('/');
            }

            if (builder.Length == 0 && path.Split('/')[0].Contains(':', StringComparison.Ordinal))
            {
                builder.Append("./");
            }

            builder.Append(path);
        }

        if (ForceQuery || RawQuery.Length > 0)
        {
            builder.Append('?').Append(RawQuery);
        }

        if (Fragment.Length > 0)
        {
            builder.Append('#').Append(EscapedForm(RawFragment, Fragment, UrlEncoding.Fragment) ?? UrlEscaping.Escape(Fragment, UrlEncoding.Fragment));
        }

        return builder.ToString();
    }

    /// <summary>The raw form when it is a valid encoding of <paramref name="decoded"/>, else null.</summary>
    private static string? EscapedForm(string raw, string decoded, UrlEncoding mode) =>
        raw.Length > 0 && UrlEscaping.IsValidEncoded(raw, mode)
        && UrlEscaping.TryUnescape(raw, mode, out var unescaped, out _) && unescaped == decoded
            ? raw
            : null;
}

using System.Diagnostics.CodeAnalysis;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>
/// Go's <c>url.Parse</c> and <c>url.ParseRequestURI</c>, step for step: control characters, scheme,
/// query, opaque and relative forms, authority (user info, host, port) and path, with Go's error texts.
/// One deliberate difference: an invalid escape inside a user-info password is reported without
/// quoting the password's characters.
/// </summary>
internal static class GoUrlParser
{
    public static bool TryParse(string raw, [NotNullWhen(true)] out GoUrl? url, [NotNullWhen(false)] out GoUrlError? error)
    {
        var hash = raw.IndexOf('#', StringComparison.Ordinal);
        var beforeFragment = hash < 0 ? raw : raw[..hash];
        if (!TryParseCore(beforeFragment, viaRequest: false, out url, out var reason))
        {
            error = new GoUrlError(beforeFragment, reason);
            return false;
        }

        if (hash >= 0)
        {
            var rawFragment = raw[(hash + 1)..];
            if (!UrlEscaping.TryUnescape(rawFragment, UrlEncoding.Fragment, out var fragment, out reason))
            {
                url = null;
                error = new GoUrlError(raw, reason);
                return false;
            }

            url = url with
            {
                Fragment = fragment,
                RawFragment = rawFragment == UrlEscaping.Escape(fragment, UrlEncoding.Fragment) ? string.Empty : rawFragment,
            };
        }

        error = null;
        return true;
    }

    /// <summary>Go's <c>url.ParseRequestURI</c>: no fragment is split off, a '#' stays in the path or query.</summary>
    public static bool TryParseRequestUri(string raw, [NotNullWhen(true)] out GoUrl? url, [NotNullWhen(false)] out GoUrlError? error)
    {
        if (TryParseCore(raw, viaRequest: true, out url, out var reason))
        {
            error = null;
            return true;
        }

        error = new GoUrlError(raw, reason);
        return false;
    }

    private static bool TryParseCore(string raw, bool viaRequest, [NotNullWhen(true)] out GoUrl? url, out string reason)
    {
        url = null;
        if (raw.Any(c => c < ' ' || c == '\x7f'))
        {
            reason = "net/url: invalid control character in URL";
            return false;
        }

        if (raw.Length == 0 && viaRequest)
        {
            reason = "empty url";
            return false;
        }

        var empty = new GoUrl(string.Empty, string.Empty, null, string.Empty, string.Empty, string.Empty, false, false, string.Empty, string.Empty, string.Empty);
        if (raw == "*")
        {
            url = empty with { Path = "*" };
            reason = string.Empty;
            return true;
        }

        if (!TrySplitScheme(raw, out var scheme, out var rest, out reason))
        {
            return false;
        }

        var forceQuery = false;
        var rawQuery = string.Empty;
        if (rest.EndsWith('?') && rest.Count(c => c == '?') == 1)
        {
            forceQuery = true;
            rest = rest[..^1];
        }
        else
        {
            var question = rest.IndexOf('?', StringComparison.Ordinal);
            if (question >= 0)
            {
                rawQuery = rest[(question + 1)..];
                rest = rest[..question];
            }
        }

        var result = empty with { Scheme = scheme.ToLowerInvariant(), ForceQuery = forceQuery, RawQuery = rawQuery };
        if (!rest.StartsWith('/'))
        {
            if (result.Scheme.Length > 0)
            {
                url = result with { Opaque = rest };
                return true;
            }

            if (viaRequest)
            {
                reason = "invalid URI for request";
                return false;
            }

            if (rest.Split('/')[0].Contains(':', StringComparison.Ordinal))
            {
                reason = "first path segment in URL cannot contain colon";
                return false;
            }
        }

        if ((result.Scheme.Length > 0 || (!viaRequest && !rest.StartsWith("///", StringComparison.Ordinal))) && rest.StartsWith("//", StringComparison.Ordinal))
        {
            var authority = rest[2..];
            var slash = authority.IndexOf('/', StringComparison.Ordinal);
            rest = slash < 0 ? string.Empty : authority[slash..];
            authority = slash < 0 ? authority : authority[..slash];
            if (!TryParseAuthority(authority, out var user, out var host, out reason))
            {
                return false;
            }

            result = result with { User = user, Host = host };
        }
        else if (result.Scheme.Length > 0 && rest.StartsWith('/'))
        {
            result = result with { OmitHost = true };
        }

        if (!UrlEscaping.TryUnescape(rest, UrlEncoding.Path, out var path, out reason))
        {
            return false;
        }

        url = result with { Path = path, RawPath = rest == UrlEscaping.Escape(path, UrlEncoding.Path) ? string.Empty : rest };
        return true;
    }

    private static bool TrySplitScheme(string raw, out string scheme, out string rest, out string reason)
    {
        scheme = string.Empty;
        rest = raw;
        reason = string.Empty;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                continue;
            }

            if (c is >= '0' and <= '9' or '+' or '-' or '.')
            {
                if (i == 0)
                {
                    return true;
                }

                continue;
            }

            if (c == ':')
            {
                if (i == 0)
                {
                    reason = "missing protocol scheme";
                    return false;
                }

                scheme = raw[..i];
                rest = raw[(i + 1)..];
            }

            return true;
        }

        return true;
    }

    private static bool TryParseAuthority(string authority, out GoUserInfo? user, out string host, out string reason)
    {
        user = null;
        var at = authority.LastIndexOf('@');
        if (!TryParseHost(at < 0 ? authority : authority[(at + 1)..], out host, out reason))
        {
            return false;
        }

        if (at < 0)
        {
            return true;
        }

        var userInfo = authority[..at];
        if (!userInfo.All(IsUserInfoCharacter))
        {
            reason = "net/url: invalid userinfo";
            return false;
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        if (!UrlEscaping.TryUnescape(colon < 0 ? userInfo : userInfo[..colon], UrlEncoding.UserPassword, out var username, out reason))
        {
            return false;
        }

        string? password = null;
        if (colon >= 0 && !UrlEscaping.TryUnescape(userInfo[(colon + 1)..], UrlEncoding.UserPassword, out password, out _))
        {
            reason = "invalid URL escape in password";
            return false;
        }

        user = new GoUserInfo(username, password);
        return true;
    }

    private static bool TryParseHost(string host, out string result, out string reason)
    {
        result = string.Empty;
        string colonPort;
        if (host.StartsWith('['))
        {
            var close = host.LastIndexOf(']');
            if (close < 0)
            {
                reason = "missing ']' in host";
                return false;
            }

            colonPort = host[(close + 1)..];
        }
        else
        {
            var colon = host.LastIndexOf(':');
            colonPort = colon < 0 ? string.Empty : host[colon..];
        }

        if (colonPort.Length > 0 && (colonPort[0] != ':' || !colonPort[1..].All(char.IsAsciiDigit)))
        {
            reason = $"invalid port {GoStrconv.Quote(colonPort)} after host";
            return false;
        }

        return UrlEscaping.TryUnescape(host, UrlEncoding.Host, out result, out reason);
    }

    private static bool IsUserInfoCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*'
            or '+' or ',' or ';' or '=' or '%' or '@';
}

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SqlConn.Engine.Connections;

/// <summary>
/// The parts of a URL that Materialize's checks look at, parsed the way the Rust <c>url</c> crate
/// does for the cases that matter here (spec §3.6, §3.11): a string without a scheme is a relative
/// URL; <c>name:8081</c> is a URL with scheme <c>name</c> and no host; an IP host has no domain.
/// </summary>
internal sealed partial record UrlCheck(string? Error, string? Host, bool HostIsDomain, string Path)
{
    public static UrlCheck Parse(string url)
    {
        var scheme = SchemePattern().Match(url);
        if (!scheme.Success)
        {
            return Failed("relative URL without a base");
        }

        var rest = url[scheme.Length..];
        if (!rest.StartsWith("//", StringComparison.Ordinal))
        {
            return new UrlCheck(null, null, false, rest);
        }

        rest = rest[2..];
        var pathStart = rest.IndexOfAny(['/', '?', '#']);
        var authority = pathStart < 0 ? rest : rest[..pathStart];
        var path = pathStart < 0 ? string.Empty : rest[pathStart..].Split('?', '#')[0];
        var at = authority.LastIndexOf('@');
        var hostPort = at < 0 ? authority : authority[(at + 1)..];
        var (host, port) = SplitPort(hostPort);
        if (host.Length == 0)
        {
            return Failed("empty host");
        }

        if (port is not null && (port.Length == 0 || !ushort.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return Failed("invalid port number");
        }

        if (host.StartsWith('['))
        {
            return IPAddress.TryParse(host.Trim('[', ']'), out _) ? new UrlCheck(null, host, false, path) : Failed("invalid IPv6 address");
        }

        if (host.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '^' or '|' or '%' or '\\' or '"'))
        {
            return Failed("invalid domain character");
        }

        return new UrlCheck(null, host, !IPv4Pattern().IsMatch(host), path);
    }

    private static (string Host, string? Port) SplitPort(string hostPort)
    {
        var close = hostPort.LastIndexOf(']');
        var colon = hostPort.LastIndexOf(':');
        return colon > close ? (hostPort[..colon], hostPort[(colon + 1)..]) : (hostPort, null);
    }

    private static UrlCheck Failed(string error) => new(error, null, false, string.Empty);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")]
    private static partial Regex IPv4Pattern();
}

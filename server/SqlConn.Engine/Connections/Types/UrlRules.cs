using SqlConn.Engine.Diagnostics;

namespace SqlConn.Engine.Connections.Types;

/// <summary>The URL checks of schema registry and Iceberg catalog connections.</summary>
internal static class UrlRules
{
    public static void Check(ConnectionRuleContext c, string parsingPrefix, bool requireDomainAndEmptyPath)
    {
        if (c.Text("URL") is not { } url)
        {
            c.FailAtType(ConnectionDiagnostics.MissingOption, "invalid CONNECTION: must specify URL");
            return;
        }

        var parsed = UrlCheck.Parse(url);
        if (parsed.Error is { } error)
        {
            c.Fail(ConnectionDiagnostics.InvalidUrl, $"{parsingPrefix}: {error}", "URL");
        }

        if (!requireDomainAndEmptyPath)
        {
            return;
        }

        if (!parsed.HostIsDomain)
        {
            c.Fail(ConnectionDiagnostics.InvalidUrl, "invalid CONNECTION: URL must specify domain name", "URL",
                "use a host name, e.g. 'https://registry.example.com:8081'");
        }

        if (parsed.Path is not ("" or "/"))
        {
            c.Fail(ConnectionDiagnostics.InvalidUrl, "invalid CONNECTION: URL must have an empty path", "URL",
                $"remove the path \"{parsed.Path}\"");
        }
    }
}

using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>
/// CONFLUENT SCHEMA REGISTRY (spec §3.6). The docs require USER with PASSWORD; the planner silently
/// ignores a PASSWORD without USER, so the simulator accepts it with a warning.
/// </summary>
internal static class SchemaRegistryConnection
{
    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.ConfluentSchemaRegistry,
        "confluent-schema-registry",
        ValidatedByDefault: true,
        "A link to a Confluent Schema Registry server, for the FORMAT clause of sources and sinks.",
        [
            AwsPrivatelink(),
            Optional("PASSWORD", "The password for HTTP basic authentication.", "Only used with USER."),
            Optional("PORT", "Accepted but not used by Materialize.", "Ignored."),
            SshTunnel(),
            Optional("SSL CERTIFICATE", "Your TLS client certificate in PEM format. Only respected with https URLs.", "Requires SSL KEY."),
            Optional("SSL CERTIFICATE AUTHORITY", "The CA certificate in PEM format used to verify the server. Only respected with https URLs."),
            Optional("SSL KEY", "Your TLS client certificate's key in PEM format.", "Required and only valid with SSL CERTIFICATE."),
            Required("URL", "The schema registry URL, e.g. 'https://registry.example.com:8081'.", "Must have a domain name and no path."),
            Optional("USER", "The user name for HTTP basic authentication (USERNAME is a synonym)."),
        ],
        [
            new CustomRule("URL is required, with a domain name and no path", c =>
                UrlRules.Check(c, "parsing schema registry url", requireDomainAndEmptyPath: true)),
            new PairedRule("SSL KEY", "SSL CERTIFICATE", "invalid CONNECTION: reading from SSL-auth Confluent Schema Registry requires both SSL KEY and SSL CERTIFICATE"),
            new NoPrivatelinkPortRule("CONFLUENT SCHEMA REGISTRY"),
            new TunnelRule(),
            new AdviceRule("PASSWORD is only used with USER; PORT is ignored; TLS options need an https URL", c =>
            {
                if (c.Has("PASSWORD") && !c.Has("USER"))
                {
                    c.Warn(PreviewDiagnostics.IgnoredOption, "PASSWORD is ignored without USER", "PASSWORD", "add USER = '<user name>'");
                }

                if (c.Has("PORT"))
                {
                    c.Warn(PreviewDiagnostics.IgnoredOption, "PORT is accepted but ignored for CONFLUENT SCHEMA REGISTRY connections", "PORT",
                        "put the port in the URL");
                }

                var tls = new[] { "SSL CERTIFICATE", "SSL CERTIFICATE AUTHORITY" }.FirstOrDefault(c.Has);
                if (tls is not null && c.Text("URL") is { } url && url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                {
                    c.Warn(PreviewDiagnostics.IgnoredOption, $"{tls} is only respected with an https URL", tls, "use an https:// URL");
                }
            }),
        ]);
}

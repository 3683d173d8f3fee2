using System.Collections.Immutable;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>KAFKA (spec §3.5), with the planner's nine checks in order.</summary>
internal static class KafkaConnection
{
    public const string Plaintext = "PLAINTEXT";
    public const string Ssl = "SSL";
    public const string SaslPlaintext = "SASL_PLAINTEXT";
    public const string SaslSsl = "SASL_SSL";

    private static readonly string[] SaslOptions = ["SASL MECHANISMS", "SASL USERNAME", "SASL PASSWORD"];
    private static readonly string[] TlsOptions = ["SSL CERTIFICATE AUTHORITY", "SSL CERTIFICATE", "SSL KEY"];
    private static readonly string[] BrokerOptions = ["BROKER", "BROKERS", "AWS PRIVATELINK"];

    /// <summary>The options only some security protocols use: of those given but unused, the first by <see cref="OptionDefinitions.Position"/> is reported.</summary>
    private static readonly string[] ProtocolOptions = [.. TlsOptions, .. SaslOptions, "AWS CONNECTION"];
    private static readonly ImmutableArray<string> Mechanisms = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"];
    private static readonly ImmutableArray<string> Protocols = [Plaintext, Ssl, SaslPlaintext, SaslSsl];

    /// <summary>SASL_SSL when a SASL option or AWS CONNECTION is present, otherwise SSL.</summary>
    public static OptionDefault SecurityProtocolDefault { get; } = new(
        "SASL_SSL if a SASL option or AWS CONNECTION is given, otherwise SSL",
        present => ContainsAny(present, SaslOptions) || present.Contains("AWS CONNECTION") ? SaslSsl : Ssl);

    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.Kafka,
        "kafka",
        ValidatedByDefault: true,
        "A link to a Kafka cluster, for sources and sinks.",
        [
            Optional("AWS CONNECTION", "An AWS connection for IAM authentication with Amazon MSK (private preview).",
                "Only with SASL_PLAINTEXT or SASL_SSL; excludes the SASL options."),
            Optional("AWS PRIVATELINK", "An AWS PrivateLink connection to the cluster, optionally with (PORT n).",
                "Exactly one of BROKER, BROKERS, AWS PRIVATELINK; excludes SSH TUNNEL."),
            Conditional("BROKER", "The Kafka bootstrap server, e.g. 'broker:9092' [USING SSH TUNNEL t | USING AWS PRIVATELINK pl (...)].",
                "Exactly one of BROKER, BROKERS, AWS PRIVATELINK; one address per string."),
            Conditional("BROKERS", "The Kafka bootstrap servers, e.g. ('b1:9092', 'b2:9092'); each may have its own USING clause.",
                "Exactly one of BROKER, BROKERS, AWS PRIVATELINK; one address per string."),
            Optional("PROGRESS TOPIC", "The topic Kafka sinks use to track internal consistency metadata.",
                "Cannot be changed by ALTER CONNECTION.", new OptionDefault("_materialize-progress-{environment id}-{connection id}", _ => null)),
            Optional("PROGRESS TOPIC REPLICATION FACTOR", "The replication factor of the progress topic when Materialize creates it.",
                "Greater than 0; cannot be changed by ALTER CONNECTION.", new OptionDefault("the broker's default", _ => null)),
            Conditional("SASL MECHANISMS", "The SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.",
                "Required with SASL_PLAINTEXT or SASL_SSL unless AWS CONNECTION is given.", allowed: Mechanisms),
            Conditional("SASL PASSWORD", "Your SASL password.", "Required and only valid with SASL_PLAINTEXT or SASL_SSL."),
            Conditional("SASL USERNAME", "Your SASL user name.", "Required and only valid with SASL_PLAINTEXT or SASL_SSL."),
            Optional("SECURITY PROTOCOL", "The security protocol to use.", null, SecurityProtocolDefault, Protocols),
            Optional("SSH TUNNEL", "The SSH tunnel connection to route traffic through by default (brokers without a USING clause, and brokers the cluster advertises).",
                "Excludes AWS PRIVATELINK."),
            Optional("SSL CERTIFICATE", "Your TLS client certificate in PEM format. Without it, no client authentication.",
                "Only with SSL or SASL_SSL; requires SSL KEY."),
            Optional("SSL CERTIFICATE AUTHORITY", "The CA certificate in PEM format used to verify the brokers. Default: the system's CA certificates.",
                "Only with SSL or SASL_SSL."),
            Conditional("SSL KEY", "Your TLS client certificate's key in PEM format.", "Required and only valid with SSL CERTIFICATE."),
        ],
        [
            new CustomRule("SECURITY PROTOCOL is PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL", c =>
            {
                if (c.Text("SECURITY PROTOCOL") is { } value && !Protocols.Contains(value.ToUpperInvariant()))
                {
                    c.Fail(ConnectionDiagnostics.InvalidEnumValue, $"unknown security protocol: {value.ToUpperInvariant()}", "SECURITY PROTOCOL",
                        "use one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL" + EnumSuggestion.DidYouMean(value, Protocols));
                }
            }),
            new CustomRule("SSL CERTIFICATE requires SSL KEY", c =>
            {
                if (UsesTls(c) && c.Has("SSL CERTIFICATE") && !c.Has("SSL KEY"))
                {
                    c.Fail(ConnectionDiagnostics.MissingOption, "SSL KEY must be specified with SSL CERTIFICATE", "SSL CERTIFICATE");
                }
            }),
            new CustomRule("SASL protocols require SASL MECHANISMS, SASL USERNAME and SASL PASSWORD, or an AWS CONNECTION", c =>
            {
                if (!UsesSasl(c))
                {
                    return;
                }

                if (c.Has("AWS CONNECTION"))
                {
                    c.RequireReferencedType("AWS CONNECTION");
                    return;
                }

                foreach (var option in SaslOptions.Where(o => !c.Has(o)))
                {
                    c.FailAtType(ConnectionDiagnostics.MissingOption, $"{option} must be specified",
                        $"SECURITY PROTOCOL {Protocol(c)} authenticates with SASL");
                }
            }),
            new CustomRule("TLS and SASL options only apply to the protocols that use them", c =>
            {
                var consumed = new HashSet<string>();
                if (UsesTls(c))
                {
                    consumed.UnionWith(["SSL CERTIFICATE AUTHORITY", "SSL CERTIFICATE"]);
                    if (c.Has("SSL CERTIFICATE"))
                    {
                        consumed.Add("SSL KEY");
                    }
                }

                if (UsesSasl(c))
                {
                    consumed.UnionWith(c.Has("AWS CONNECTION") ? ["AWS CONNECTION"] : SaslOptions);
                }

                string? leftover = null;
                foreach (var option in ProtocolOptions)
                {
                    if (c.Has(option) && !consumed.Contains(option)
                        && (leftover is null || OptionDefinitions.Position(option) < OptionDefinitions.Position(leftover)))
                    {
                        leftover = option;
                    }
                }

                if (leftover is not null)
                {
                    c.Fail(ConnectionDiagnostics.ConflictingOptions, $"option {leftover} not supported with this configuration", leftover,
                        $"the effective SECURITY PROTOCOL is {Protocol(c)}");
                }
            }),
            new CustomRule("exactly one of BROKER, BROKERS or AWS PRIVATELINK", c =>
            {
                var given = BrokerOptions.Where(c.Has).ToList();
                if (given.Count == 0)
                {
                    c.FailAtType(ConnectionDiagnostics.MissingOption, "invalid CONNECTION: must set one of BROKER, BROKERS, or AWS PRIVATELINK");
                }
                else if (given.Count > 1)
                {
                    c.Fail(ConnectionDiagnostics.ConflictingOptions, "invalid CONNECTION: can only set one of BROKER, BROKERS, or AWS PRIVATELINK", given[1]);
                }
            }),
            new CustomRule("one broker address per string", c =>
            {
                if (Brokers(c) is { } brokers && brokers.Brokers.Any(b => b.Address.Contains(',', StringComparison.Ordinal)))
                {
                    c.Fail(ConnectionDiagnostics.InvalidBroker,
                        "invalid CONNECTION: cannot specify multiple Kafka broker addresses in one string.\n\n\n"
                        + "Instead, specify BROKERS using multiple strings, e.g. BROKERS ('kafka:9092', 'kafka:9093')",
                        brokers.Single ? "BROKER" : "BROKERS");
                }
            }),
            new CustomRule("broker tunnels name connections of the right type", CheckBrokerTunnels),
            new TunnelRule(),
            new CustomRule("PROGRESS TOPIC REPLICATION FACTOR is greater than 0", c =>
            {
                if (c.Value("PROGRESS TOPIC REPLICATION FACTOR") is StoredNumber { Value: <= 0 })
                {
                    c.Fail(ConnectionDiagnostics.InvalidOptionValue, "invalid CONNECTION: PROGRESS TOPIC REPLICATION FACTOR must be greater than 0",
                        "PROGRESS TOPIC REPLICATION FACTOR");
                }
            }),
            new AdviceRule("PLAINTEXT and SASL_PLAINTEXT are insecure outside a tunnel", c =>
            {
                var tunnelled = c.Has("SSH TUNNEL") || c.Has("AWS PRIVATELINK") || (Brokers(c)?.Brokers.All(b => b.Tunnel is not null) ?? false);
                if (Protocol(c) is Plaintext or SaslPlaintext && !tunnelled)
                {
                    c.Warn(PreviewDiagnostics.InsecureTransport, $"{Protocol(c)} sends data unencrypted", c.Has("SECURITY PROTOCOL") ? "SECURITY PROTOCOL" : "BROKER",
                        "use SSL or SASL_SSL, or route the traffic through an SSH TUNNEL or AWS PRIVATELINK");
                }
            }),
            new AdviceRule("advertised brokers bypass per-broker tunnels without a default SSH TUNNEL", c =>
            {
                if (!c.Has("SSH TUNNEL") && Brokers(c) is { } brokers && brokers.Brokers.Any(b => b.Tunnel is StoredSshBrokerTunnel))
                {
                    c.Warn(PreviewDiagnostics.UntunneledBrokers,
                        "brokers the cluster advertises but that are not listed here are contacted without a tunnel",
                        brokers.Single ? "BROKER" : "BROKERS", "add a default SSH TUNNEL");
                }
            }),
            new AdviceRule("SASL MECHANISMS is PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512", c =>
            {
                if (c.Text("SASL MECHANISMS") is { } mechanism && !Mechanisms.Contains(mechanism.ToUpperInvariant()))
                {
                    c.Warn(PreviewDiagnostics.UncheckedValue, $"unknown SASL mechanism \"{mechanism.ToUpperInvariant()}\": Materialize only rejects it when it connects",
                        "SASL MECHANISMS", "use one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512" + EnumSuggestion.DidYouMean(mechanism, Mechanisms));
                }
            }),
        ]);

    /// <summary>The security protocol in effect: the given one (upper-cased) or the default.</summary>
    public static string Protocol(ConnectionRuleContext c) =>
        c.Text("SECURITY PROTOCOL")?.ToUpperInvariant() ?? SecurityProtocolDefault.Value(c.Names) ?? Ssl;

    private static bool ContainsAny(IReadOnlySet<string> present, string[] options)
    {
        foreach (var option in options)
        {
            if (present.Contains(option))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesTls(ConnectionRuleContext c) => Protocol(c) is Ssl or SaslSsl;

    private static bool UsesSasl(ConnectionRuleContext c) => Protocol(c) is SaslPlaintext or SaslSsl;

    private static StoredBrokers? Brokers(ConnectionRuleContext c) => (c.Value("BROKER") ?? c.Value("BROKERS")) as StoredBrokers;

    private static void CheckBrokerTunnels(ConnectionRuleContext c)
    {
        if (Brokers(c) is not { } brokers)
        {
            return;
        }

        var option = brokers.Single ? "BROKER" : "BROKERS";
        foreach (var broker in brokers.Brokers)
        {
            switch (broker.Tunnel)
            {
                case StoredSshBrokerTunnel ssh:
                    c.RequireType(c.Connection(ssh.ConnectionId), ConnectionKind.SshTunnel, c.ValueSpan(option));
                    break;
                case StoredPrivatelinkBrokerTunnel privatelink:
                    var connection = c.Connection(privatelink.ConnectionId);
                    c.RequireType(connection, ConnectionKind.AwsPrivatelink, c.ValueSpan(option));
                    var zones = connection.Option("AVAILABILITY ZONES")?.Value as StoredTextList;
                    if (privatelink.AvailabilityZone is { } zone && zones is not null && !zones.Items.Contains(zone))
                    {
                        c.Fail(ConnectionDiagnostics.InvalidAvailabilityZone,
                            $"AWS PrivateLink availability zone \"{zone}\" does not match any of the availability zones on the AWS PrivateLink connection \"{c.Catalog.FullName(connection)}\"",
                            option, $"the connection's zones are {string.Join(", ", zones.Items)}");
                    }

                    break;
            }
        }
    }
}

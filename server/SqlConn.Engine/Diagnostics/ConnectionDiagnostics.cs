using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Diagnostics;

/// <summary>Connection option errors (SC21xx): the planner's checks of CREATE and ALTER CONNECTION.</summary>
public static class ConnectionDiagnostics
{
    public const string Category = "semantic";

    public static readonly DiagnosticDescriptor UnsupportedOption = new(
        "SC2101", "option not supported by the connection type", DiagnosticSeverity.Error, Category,
        "Each connection type accepts a fixed set of options; this one is not among them.",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', PORT 9092);",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092');");

    public static readonly DiagnosticDescriptor DuplicateOption = new(
        "SC2102", "option specified more than once", DiagnosticSeverity.Error, Category,
        "An option appears twice in the same statement.",
        "CREATE CONNECTION k TO KAFKA (BROKER 'a:9092', BROKER 'b:9092');",
        "CREATE CONNECTION k TO KAFKA (BROKERS ('a:9092', 'b:9092'));");

    public static readonly DiagnosticDescriptor InvalidOptionValue = new(
        "SC2103", "invalid option value", DiagnosticSeverity.Error, Category,
        "The value has the wrong kind for the option: a password, SASL password or SSL key must be a "
        + "secret (SECRET name), a port a number, a list a parenthesised list, and so on.",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD 'hunter2');",
        "CREATE SECRET pg_password AS 'hunter2';\nCREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET pg_password);");

    public static readonly DiagnosticDescriptor MissingOption = new(
        "SC2104", "required option missing", DiagnosticSeverity.Error, Category,
        "The connection type needs an option that is not given (HOST, USER, URL, one of BROKER/BROKERS/"
        + "AWS PRIVATELINK, the SASL options under a SASL protocol, ...).",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app');",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app');");

    public static readonly DiagnosticDescriptor ConflictingOptions = new(
        "SC2105", "conflicting options", DiagnosticSeverity.Error, Category,
        "Options that exclude each other are given together, or an option does not apply to the "
        + "configuration the other options select (SSL options under PLAINTEXT, SASL options with an AWS "
        + "CONNECTION...).",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT', SSL CERTIFICATE AUTHORITY = SECRET ca);",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'SSL', SSL CERTIFICATE AUTHORITY = SECRET ca);");

    public static readonly DiagnosticDescriptor InvalidEnumValue = new(
        "SC2106", "invalid option value choice", DiagnosticSeverity.Error, Category,
        "The option accepts a fixed set of values (SECURITY PROTOCOL, SSL MODE, CATALOG TYPE...) and "
        + "this value is not one of them.",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', SSL MODE 'prefer');",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', SSL MODE 'require');");

    public static readonly DiagnosticDescriptor WrongConnectionType = new(
        "SC2107", "referenced connection of the wrong type", DiagnosticSeverity.Error, Category,
        "SSH TUNNEL must name an SSH tunnel connection, AWS PRIVATELINK an AWS PrivateLink connection and "
        + "AWS CONNECTION an AWS connection.",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', SSH TUNNEL kafka_conn);",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', SSH TUNNEL bastion);");

    public static readonly DiagnosticDescriptor InvalidUrl = new(
        "SC2108", "invalid URL", DiagnosticSeverity.Error, Category,
        "The URL of a schema registry or Iceberg catalog cannot be parsed, has no domain name, or has a path.",
        "CREATE CONNECTION csr TO CONFLUENT SCHEMA REGISTRY (URL 'https://registry:8081/api');",
        "CREATE CONNECTION csr TO CONFLUENT SCHEMA REGISTRY (URL 'https://registry:8081');");

    public static readonly DiagnosticDescriptor InvalidBroker = new(
        "SC2109", "invalid Kafka broker", DiagnosticSeverity.Error, Category,
        "A broker address holds several addresses separated by commas, or its tunnel is not valid.",
        "CREATE CONNECTION k TO KAFKA (BROKER 'a:9092,b:9092');",
        "CREATE CONNECTION k TO KAFKA (BROKERS ('a:9092', 'b:9092'));");

    public static readonly DiagnosticDescriptor InvalidAvailabilityZone = new(
        "SC2110", "invalid availability zone", DiagnosticSeverity.Error, Category,
        "AWS PrivateLink availability zones must be availability zone IDs (use1-az1), not names "
        + "(us-east-1a), without duplicates, and a broker's zone must be one of its PrivateLink connection's.",
        "CREATE CONNECTION pl TO AWS PRIVATELINK (SERVICE NAME 'com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc', AVAILABILITY ZONES ('us-east-1a'));",
        "CREATE CONNECTION pl TO AWS PRIVATELINK (SERVICE NAME 'com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc', AVAILABILITY ZONES ('use1-az1'));");

    public static readonly DiagnosticDescriptor GeneratedOption = new(
        "SC2111", "option set by Materialize", DiagnosticSeverity.Error, Category,
        "PUBLIC KEY 1 and PUBLIC KEY 2 are generated by Materialize for SSH tunnel connections and cannot "
        + "be given; the progress topic options of a Kafka connection cannot be altered.",
        "CREATE CONNECTION ssh TO SSH TUNNEL (HOST 'bastion', USER 'mz', PUBLIC KEY 1 'ssh-ed25519 AAAA...');",
        "CREATE CONNECTION ssh TO SSH TUNNEL (HOST 'bastion', USER 'mz');");

    public static readonly DiagnosticDescriptor InvalidAlter = new(
        "SC2112", "invalid ALTER CONNECTION", DiagnosticSeverity.Error, Category,
        "The ALTER CONNECTION actions contradict each other (ROTATE KEYS with other actions, SET and DROP "
        + "of the same option), ROTATE KEYS is applied to a connection that is not an SSH tunnel, or the "
        + "connection the actions would produce is not valid.",
        "ALTER CONNECTION k ROTATE KEYS;  -- k is a Kafka connection",
        "ALTER CONNECTION bastion ROTATE KEYS;");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnsupportedOption, DuplicateOption, InvalidOptionValue, MissingOption, ConflictingOptions, InvalidEnumValue,
        WrongConnectionType, InvalidUrl, InvalidBroker, InvalidAvailabilityZone, GeneratedOption, InvalidAlter,
    ];
}

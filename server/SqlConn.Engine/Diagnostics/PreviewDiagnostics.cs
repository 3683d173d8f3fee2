using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Diagnostics;

/// <summary>
/// Warnings and information the simulator adds beyond the database's own errors (SC4xxx): things that
/// would work in the database but surprise users in production, and what the preview could not do.
/// </summary>
public static class PreviewDiagnostics
{
    public const string Category = "preview";

    public static readonly DiagnosticDescriptor ValidationNotPerformed = new(
        "SC4001", "connection validation not performed", DiagnosticSeverity.Info, Category,
        "Materialize would connect to the external system to validate the connection. The simulator cannot "
        + "reach external systems, so the statement succeeds in the preview whether or not the real "
        + "validation would.",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app');",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app') WITH (VALIDATE = false);");

    public static readonly DiagnosticDescriptor DoubleRotation = new(
        "SC4002", "SSH keys rotated twice without updating the bastion", DiagnosticSeverity.Warning, Category,
        "After ROTATE KEYS the bastion must drop the old key 1 and add the new key 2. Rotating again before "
        + "that leaves Materialize with two keys the bastion does not know: the connection is locked out. "
        + "Update the bastion between rotations and say so with a `-- sqlconn: bastion-updated` comment.",
        "ALTER CONNECTION bastion ROTATE KEYS;\nALTER CONNECTION bastion ROTATE KEYS;",
        "ALTER CONNECTION bastion ROTATE KEYS;\n-- sqlconn: bastion-updated\nALTER CONNECTION bastion ROTATE KEYS;");

    public static readonly DiagnosticDescriptor DeprecatedAwsCredentials = new(
        "SC4003", "deprecated AWS credentials", DiagnosticSeverity.Warning, Category,
        "Access-key authentication of AWS connections is deprecated; AWS recommends role assumption. Use "
        + "ASSUME ROLE ARN and pin the connection's external id in the role's trust policy.",
        "CREATE CONNECTION aws TO AWS (ACCESS KEY ID = 'AKIA...', SECRET ACCESS KEY = SECRET aws_key);",
        "CREATE CONNECTION aws TO AWS (ASSUME ROLE ARN = 'arn:aws:iam::400121260767:role/MaterializeExport');");

    public static readonly DiagnosticDescriptor SecretKindMismatch = new(
        "SC4004", "secret of an unexpected kind", DiagnosticSeverity.Warning, Category,
        "The secret's content does not look like what the option expects: an SSL KEY that is not a PEM "
        + "private key, or an SSL CERTIFICATE / CERTIFICATE AUTHORITY that is not a PEM certificate.",
        "CREATE SECRET ca AS 'hunter2';\nCREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SSL CERTIFICATE AUTHORITY = SECRET ca);",
        "CREATE SECRET ca AS '-----BEGIN CERTIFICATE-----\\n...';\nCREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SSL CERTIFICATE AUTHORITY = SECRET ca);");

    public static readonly DiagnosticDescriptor InsecureTransport = new(
        "SC4005", "unencrypted connection outside a tunnel", DiagnosticSeverity.Warning, Category,
        "PLAINTEXT and SASL_PLAINTEXT send data (and SASL passwords) unencrypted. The product docs call them "
        + "insecure unless the traffic goes through an SSH tunnel or AWS PrivateLink.",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT', SSH TUNNEL bastion);");

    public static readonly DiagnosticDescriptor IgnoredOption = new(
        "SC4006", "option accepted but ignored", DiagnosticSeverity.Warning, Category,
        "Materialize accepts the option for this connection type but does not use it (for example PORT on "
        + "an AWS PrivateLink or schema registry connection, or PASSWORD without USER on a schema registry).",
        "CREATE CONNECTION csr TO CONFLUENT SCHEMA REGISTRY (URL 'https://registry', PASSWORD SECRET p);",
        "CREATE CONNECTION csr TO CONFLUENT SCHEMA REGISTRY (URL 'https://registry', USER 'app', PASSWORD SECRET p);");

    public static readonly DiagnosticDescriptor UntunneledBrokers = new(
        "SC4007", "brokers outside the tunnel", DiagnosticSeverity.Warning, Category,
        "Some brokers are tunnelled but there is no default SSH TUNNEL: brokers the cluster advertises "
        + "beyond those listed are contacted directly, without a tunnel.",
        "CREATE CONNECTION k TO KAFKA (BROKERS ('b1:9092' USING SSH TUNNEL ssh1));",
        "CREATE CONNECTION k TO KAFKA (BROKERS ('b1:9092' USING SSH TUNNEL ssh1), SSH TUNNEL ssh1);");

    public static readonly DiagnosticDescriptor Skipped = new(
        "SC4008", "statement skipped", DiagnosticSeverity.Info, Category,
        "IF EXISTS / IF NOT EXISTS made the database skip the statement: the object exists already, or is "
        + "missing.",
        "CREATE SECRET IF NOT EXISTS s AS 'x';  -- s exists",
        "CREATE SECRET IF NOT EXISTS s AS 'x';");

    public static readonly DiagnosticDescriptor KeyRotation = new(
        "SC4009", "SSH keys rotated", DiagnosticSeverity.Info, Category,
        "ROTATE KEYS replaced the connection's key pair 1 by its key pair 2 and generated a new key pair 2: "
        + "remove the old key 1 from the bastion's authorized_keys and add the new key 2.",
        "ALTER CONNECTION bastion ROTATE KEYS;",
        "ALTER CONNECTION bastion ROTATE KEYS;  -- then update the bastion");

    public static readonly DiagnosticDescriptor UncheckedValue = new(
        "SC4010", "value the database only checks when it connects", DiagnosticSeverity.Warning, Category,
        "Materialize accepts any value here when the statement runs, but the external system will reject "
        + "this one when Materialize connects (for example an unknown SASL mechanism).",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL MECHANISMS = 'SCRAM-SHA-1', SASL USERNAME = 'u', SASL PASSWORD = SECRET p);",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL MECHANISMS = 'SCRAM-SHA-256', SASL USERNAME = 'u', SASL PASSWORD = SECRET p);");

    public static readonly DiagnosticDescriptor StaleSecret = new(
        "SC4011", "running sources keep the old secret", DiagnosticSeverity.Info, Category,
        "After ALTER SECRET ... AS, new connections, sources and sinks use the new value at once, but running "
        + "sources and sinks keep the value they loaded (possibly for weeks) until the replicas of their cluster "
        + "are recreated: REPLICATION FACTOR = 0 and back for a managed cluster, DROP and CREATE CLUSTER REPLICA "
        + "for an unmanaged one.",
        "ALTER SECRET kafka_password AS 'new';",
        "ALTER SECRET kafka_password AS 'new';\nALTER CLUSTER ingest SET (REPLICATION FACTOR = 0);\nALTER CLUSTER ingest SET (REPLICATION FACTOR = 1);");

    public static readonly DiagnosticDescriptor SecretNeverRefreshed = new(
        "SC4012", "altered secret never reaches running sources", DiagnosticSeverity.Warning, Category,
        "The script changes a secret that running sources or sinks use, but never recreates the replicas of "
        + "their clusters: they go on using the previous value (for weeks) after the script ends. Add the "
        + "refresh recipe for each cluster after the ALTER SECRET.",
        "ALTER SECRET kafka_password AS 'new';  -- end of script",
        "ALTER SECRET kafka_password AS 'new';\nALTER CLUSTER ingest SET (REPLICATION FACTOR = 0);\nALTER CLUSTER ingest SET (REPLICATION FACTOR = 1);");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        ValidationNotPerformed, DoubleRotation, DeprecatedAwsCredentials, SecretKindMismatch, InsecureTransport,
        IgnoredOption, UntunneledBrokers, Skipped, KeyRotation, UncheckedValue, StaleSecret, SecretNeverRefreshed,
    ];
}

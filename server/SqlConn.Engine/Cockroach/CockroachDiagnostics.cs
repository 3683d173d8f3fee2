using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Cockroach;

/// <summary>The diagnostics of the CockroachDB dialect (category <c>semantic</c>, codes SC25xx).</summary>
public static class CockroachDiagnostics
{
    public const string Category = "semantic";

    public static readonly DiagnosticDescriptor UnknownProvider = new(
        "SC2501", "unknown external connection provider", DiagnosticSeverity.Error, Category,
        "The URI's scheme is not one an external connection can hold. CockroachDB knows nodelocal, userfile, s3, "
        + "gs, azure-blob (azure, azure-storage), aws-kms, gcp-kms, azure-kms, postgresql (postgres), kafka, "
        + "confluent-cloud, azure-event-hub, webhook-https, gcpubsub, http(s) and file-http(s). external:// is "
        + "not among them: a connection cannot wrap another connection; use the other connection's URI.",
        "CREATE EXTERNAL CONNECTION backups AS 'ftp://files.example.com/backups';",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AUTH=implicit';");

    public static readonly DiagnosticDescriptor MalformedUri = new(
        "SC2502", "malformed external connection URI", DiagnosticSeverity.Error, Category,
        "CockroachDB cannot parse the text as a URL: a space or another forbidden character in the host, a port "
        + "that is not a number, a bad %-escape, a control character. Percent-encode special characters "
        + "(a space is %20, '+' in a secret is %2B).",
        "CREATE EXTERNAL CONNECTION backups AS 's3://my bucket/backups?AUTH=implicit';",
        "CREATE EXTERNAL CONNECTION backups AS 's3://my-bucket/backups?AUTH=implicit';");

    public static readonly DiagnosticDescriptor InvalidParameter = new(
        "SC2503", "invalid external connection URI parameter", DiagnosticSeverity.Error, Category,
        "A query parameter of the URI is unknown to the scheme (names are case-sensitive), a required one is "
        + "missing, or a value is not accepted: an AUTH other than specified or implicit, a boolean Go cannot "
        + "parse, invalid base64, a credential combination the provider refuses. The message is CockroachDB's.",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AWS_ACCESS_KEY_ID={key id}';",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AWS_ACCESS_KEY_ID={key id}&AWS_SECRET_ACCESS_KEY={secret}';");

    public static readonly DiagnosticDescriptor InvalidLocation = new(
        "SC2504", "invalid external connection URI location", DiagnosticSeverity.Error, Category,
        "The host or path does not name what the scheme needs: an S3 bucket, a node ID (or self) for nodelocal, "
        + "a key path for a KMS, a project for Pub/Sub, a path userfile can store unchanged.",
        "CREATE EXTERNAL CONNECTION local AS 'nodelocal:///backups';",
        "CREATE EXTERNAL CONNECTION local AS 'nodelocal://1/backups';");

    public static readonly DiagnosticDescriptor CheckNotPerformed = new(
        "SC2505", "external connection not contacted in simulation", DiagnosticSeverity.Hint, Category,
        "CockroachDB validates a new or altered connection against the real system: it writes and reads back a "
        + "sentinel object in storage, encrypts and decrypts with a KMS key, or connects to the source cluster. "
        + "SqlConn checks everything that needs no network and reports this step as not performed; nothing is wrong.",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AUTH=implicit';",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AUTH=implicit';  -- unchanged: this is only information");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [UnknownProvider, MalformedUri, InvalidParameter, InvalidLocation, CheckNotPerformed];

    /// <summary>The descriptor of a URI validation failure.</summary>
    public static DiagnosticDescriptor For(UriFailureKind kind) => kind switch
    {
        UriFailureKind.UnknownProvider => UnknownProvider,
        UriFailureKind.MalformedUri => MalformedUri,
        UriFailureKind.InvalidParameter => InvalidParameter,
        UriFailureKind.InvalidLocation => InvalidLocation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

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
        + "sentinel object in storage, encrypts and decrypts with a KMS key, or connects to the source cluster; "
        + "CHECK EXTERNAL CONNECTION measures reads and writes from every node. SqlConn checks everything that needs "
        + "no network and reports this step as not performed; nothing is wrong.",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AUTH=implicit';",
        "CREATE EXTERNAL CONNECTION backups AS 's3://backups?AUTH=implicit';  -- unchanged: this is only information");

    public static readonly DiagnosticDescriptor InsufficientPrivilege = new(
        "SC2506", "missing CockroachDB privilege", DiagnosticSeverity.Error, Category,
        "The current user lacks what the statement needs: the EXTERNALCONNECTION system privilege to create external "
        + "connections; USAGE, UPDATE or DROP on a connection to show, alter or drop it; VIEWCLUSTERMETADATA (or "
        + "ownership) for SHOW CREATE; EXTERNALIOIMPLICITACCESS to check an implicit-auth URI; the grant option of "
        + "what it grants; CREATEROLE to manage users. Members of admin pass every check.",
        "SET ROLE testuser;\nCREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';",
        "GRANT SYSTEM EXTERNALCONNECTION TO testuser;\nSET ROLE testuser;\nCREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';");

    public static readonly DiagnosticDescriptor UnknownExternalConnection = new(
        "SC2507", "unknown external connection", DiagnosticSeverity.Error, Category,
        "The statement names an external connection that does not exist at this point of the script. Names are "
        + "compared exactly: 'Backups' and backups are different connections. DROP of a missing connection succeeds "
        + "silently; ALTER succeeds silently with IF EXISTS.",
        "ALTER EXTERNAL CONNECTION backups AS 'nodelocal://1/new';",
        "CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/old';\nALTER EXTERNAL CONNECTION backups AS 'nodelocal://1/new';");

    public static readonly DiagnosticDescriptor DuplicateExternalConnection = new(
        "SC2508", "external connection already exists", DiagnosticSeverity.Error, Category,
        "External connection names are global to the cluster. IF NOT EXISTS leaves the existing connection as it "
        + "is, URI included; ALTER EXTERNAL CONNECTION replaces the URI.",
        "CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/a';\nCREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/b';",
        "CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/a';\nALTER EXTERNAL CONNECTION backups AS 'nodelocal://1/b';");

    public static readonly DiagnosticDescriptor InvalidPrivilege = new(
        "SC2509", "privilege not valid here", DiagnosticSeverity.Error, Category,
        "CockroachDB does not know the privilege, or it does not apply to the object: an external connection takes "
        + "ALL, USAGE, DROP and UPDATE; GRANT SYSTEM takes system privileges such as EXTERNALCONNECTION, "
        + "VIEWCLUSTERMETADATA or EXTERNALIOIMPLICITACCESS. Grant options cannot be given to public.",
        "GRANT SELECT ON EXTERNAL CONNECTION backups TO testuser;",
        "GRANT USAGE ON EXTERNAL CONNECTION backups TO testuser;");

    public static readonly DiagnosticDescriptor UnknownUser = new(
        "SC2510", "unknown user or role", DiagnosticSeverity.Error, Category,
        "The statement names a user or role that does not exist (public is a pseudo-role: privileges can be granted "
        + "to it, but it cannot be a member or a grantee of role memberships).",
        "GRANT USAGE ON EXTERNAL CONNECTION backups TO maxroch;",
        "GRANT USAGE ON EXTERNAL CONNECTION backups TO maxroach;");

    public static readonly DiagnosticDescriptor UserInUse = new(
        "SC2511", "user or role still in use", DiagnosticSeverity.Error, Category,
        "DROP USER and DROP ROLE refuse a user that still holds privileges on external connections (grants still "
        + "exist) or system privileges (some objects depend on it): revoke them first. root, admin and public "
        + "cannot be dropped.",
        "DROP USER maxroach;  -- maxroach holds USAGE on backups",
        "REVOKE ALL ON EXTERNAL CONNECTION backups FROM maxroach;\nDROP USER maxroach;");

    public static readonly DiagnosticDescriptor InvalidUserName = new(
        "SC2512", "invalid user or role name", DiagnosticSeverity.Error, Category,
        "User and role names are case-insensitive, start with a letter, digit or underscore, contain letters, "
        + "digits, dashes, periods or underscores, and have at most 63 characters. public, none, node and names "
        + "starting with pg_ or crdb_internal_ are reserved.",
        "CREATE USER \"backup operator\";",
        "CREATE USER backup_operator;");

    public static readonly DiagnosticDescriptor DuplicateUser = new(
        "SC2513", "user or role already exists", DiagnosticSeverity.Error, Category,
        "Users and roles share one namespace. Write IF NOT EXISTS to skip the statement when the name is taken.",
        "CREATE USER maxroach;\nCREATE ROLE maxroach;",
        "CREATE USER IF NOT EXISTS maxroach;");

    public static readonly DiagnosticDescriptor InvalidMembership = new(
        "SC2514", "invalid role membership", DiagnosticSeverity.Error, Category,
        "A role cannot be a member of itself, directly or through other roles, and root must stay a member of admin.",
        "GRANT readers TO writers;\nGRANT writers TO readers;",
        "GRANT readers TO writers;");

    public static readonly DiagnosticDescriptor InvalidCheckOption = new(
        "SC2515", "invalid CHECK EXTERNAL CONNECTION option", DiagnosticSeverity.Error, Category,
        "Each of TRANSFER, TIME and CONCURRENTLY may be given once, TIME is a Go duration ('10s', '1m30s'), and "
        + "CONCURRENTLY takes a number, not a subquery. "
        + "CockroachDB's message for a repeated option is garbled by a formatting bug in its source; SqlConn shows "
        + "it as CockroachDB renders it.",
        "CHECK EXTERNAL CONNECTION 'external://backups' WITH TIME = '10s', TIME = '20s';",
        "CHECK EXTERNAL CONNECTION 'external://backups' WITH TIME = '20s';");

    public static readonly DiagnosticDescriptor UnboundPlaceholder = new(
        "SC2516", "placeholder without a value", DiagnosticSeverity.Error, Category,
        "A name or URI is a placeholder ($1): it gets its value from a prepared statement's parameters, which a "
        + "script does not provide.",
        "CREATE EXTERNAL CONNECTION $1 AS 'nodelocal://1/backups';",
        "CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';");

    public static readonly DiagnosticDescriptor WrongConnectionType = new(
        "SC2517", "external connection of the wrong type", DiagnosticSeverity.Error, Category,
        "An external:// URI names a connection whose type does not fit: storage operations (CHECK, BACKUP...) need "
        + "a STORAGE connection, encryption options a KMS one.",
        "CREATE EXTERNAL CONNECTION key AS 'aws-kms:///alias/k?AUTH=implicit&REGION=us-east-1';\nCHECK EXTERNAL CONNECTION 'external://key';",
        "CREATE EXTERNAL CONNECTION backups AS 's3://bucket?AUTH=implicit';\nCHECK EXTERNAL CONNECTION 'external://backups';");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnknownProvider, MalformedUri, InvalidParameter, InvalidLocation, CheckNotPerformed, InsufficientPrivilege,
        UnknownExternalConnection, DuplicateExternalConnection, InvalidPrivilege, UnknownUser, UserInUse, InvalidUserName,
        DuplicateUser, InvalidMembership, InvalidCheckOption, UnboundPlaceholder, WrongConnectionType,
    ];

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

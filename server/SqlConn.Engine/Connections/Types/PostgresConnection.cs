using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>POSTGRES (spec §3.7). SSL MODE is case-sensitive lower case; <c>prefer</c> is deliberately refused.</summary>
internal static class PostgresConnection
{
    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.Postgres,
        "postgres",
        ValidatedByDefault: true,
        "A link to one database of a PostgreSQL server, for sources.",
        [
            AwsPrivatelink(),
            Required("DATABASE", "The target database."),
            Required("HOST", "The database host name."),
            Optional("PASSWORD", "The password for the connection."),
            Port(5432, "The port number to connect to at the server host."),
            SshTunnel(),
            Optional("SSL CERTIFICATE", "The client SSL certificate in PEM format.", "Requires SSL KEY."),
            Optional("SSL CERTIFICATE AUTHORITY", "The CA certificate in PEM format. Default: the system's CA certificates."),
            Optional("SSL KEY", "The client SSL key in PEM format.", "Requires SSL CERTIFICATE."),
            Optional("SSL MODE", "Whether to use SSL: disable, require, verify_ca or verify_full (lower case).", null,
                OptionDefault.Constant("disable"), ["disable", "require", "verify_ca", "verify_full"]),
            Required("USER", "The database user name."),
        ],
        [
            new PairedRule("SSL KEY", "SSL CERTIFICATE", "invalid CONNECTION: both SSL KEY and SSL CERTIFICATE are required"),
            new AllowedValuesRule("SSL MODE", ValueCase.Exact, "invalid CONNECTION: unknown SSL MODE \"{0}\"", ["required", "verify-ca", "verify-full"]),
            new NoPrivatelinkPortRule("POSTGRES"),
            new TunnelRule(),
            new RequiredRule("DATABASE", "DATABASE option is required"),
            new RequiredRule("HOST", "HOST option is required"),
            new RequiredRule("USER", "USER option is required"),
        ]);
}

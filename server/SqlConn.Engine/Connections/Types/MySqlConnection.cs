using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>MYSQL (spec §3.8). SSL MODE is upper-cased before matching; <c>PREFERRED</c> is deliberately refused.</summary>
internal static class MySqlConnection
{
    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.MySql,
        "mysql",
        ValidatedByDefault: true,
        "A link to a MySQL server, for sources.",
        [
            Optional("AWS CONNECTION", "An AWS connection for IAM authentication.", "Requires SSL; excludes PASSWORD."),
            AwsPrivatelink(),
            Required("HOST", "The database host name."),
            Optional("PASSWORD", "The password for the connection.", "Excludes AWS CONNECTION."),
            Port(3306, "The port number to connect to at the server host."),
            SshTunnel(),
            Optional("SSL CERTIFICATE", "The client SSL certificate in PEM format.", "Requires SSL KEY."),
            Optional("SSL CERTIFICATE AUTHORITY", "The CA certificate in PEM format. Default: the system's CA certificates."),
            Optional("SSL KEY", "The client SSL key in PEM format.", "Requires SSL CERTIFICATE."),
            Optional("SSL MODE", "Whether to use SSL: disabled, required, verify_ca or verify_identity (any case).", null,
                OptionDefault.Constant("disabled"), ["DISABLED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY"]),
            Required("USER", "The database user name."),
        ],
        [
            new CustomRule("AWS CONNECTION names an AWS connection", c => c.RequireReferencedType("AWS CONNECTION")),
            new CustomRule("AWS CONNECTION excludes PASSWORD", c =>
            {
                if (c.Has("AWS CONNECTION") && c.Has("PASSWORD"))
                {
                    c.Fail(ConnectionDiagnostics.ConflictingOptions, "invalid CONNECTION: AWS IAM authentication is not supported with password", "PASSWORD");
                }
            }),
            new PairedRule("SSL KEY", "SSL CERTIFICATE", "invalid CONNECTION: both SSL KEY and SSL CERTIFICATE are required"),
            new CustomRule("AWS CONNECTION requires SSL", c =>
            {
                if (c.Has("AWS CONNECTION") && (c.Text("SSL MODE")?.ToUpperInvariant() ?? "DISABLED") == "DISABLED")
                {
                    c.Fail(ConnectionDiagnostics.ConflictingOptions, "invalid CONNECTION: AWS IAM authentication requires SSL to be enabled", "AWS CONNECTION",
                        "add SSL MODE = 'required'");
                }
            }),
            new AllowedValuesRule("SSL MODE", ValueCase.Upper, "invalid CONNECTION: unknown SSL MODE \"{0}\"", ["REQUIRE", "VERIFY-CA", "VERIFY-IDENTITY"]),
            new NoPrivatelinkPortRule("MYSQL"),
            new TunnelRule(),
            new RequiredRule("HOST", "HOST option is required"),
            new RequiredRule("USER", "USER option is required"),
        ]);
}

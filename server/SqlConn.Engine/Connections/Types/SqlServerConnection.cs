using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>SQL SERVER (spec §3.9). SSL CERTIFICATE and SSL KEY are accepted but not used.</summary>
internal static class SqlServerConnection
{
    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.SqlServer,
        "sql-server",
        ValidatedByDefault: true,
        "A link to a Microsoft SQL Server database, for sources.",
        [
            AwsPrivatelink(),
            Required("DATABASE", "The target database."),
            Required("HOST", "The database host name."),
            Required("PASSWORD", "The password for the connection."),
            Port(1433, "The port number to connect to at the server host."),
            SshTunnel(),
            Optional("SSL CERTIFICATE", "Accepted but not used by Materialize.", "Ignored."),
            Conditional("SSL CERTIFICATE AUTHORITY", "The CA certificate in PEM format used with SSL MODE verify_ca.", "Required with SSL MODE verify_ca."),
            Optional("SSL KEY", "Accepted but not used by Materialize.", "Ignored."),
            Optional("SSL MODE", "disabled (no encryption), required (encrypt, trust any certificate), verify (verify with the system's CAs) or verify_ca (verify with SSL CERTIFICATE AUTHORITY).",
                null, OptionDefault.Constant("disabled"), ["DISABLED", "REQUIRED", "VERIFY", "VERIFY_CA"]),
            Required("USER", "The database user name."),
        ],
        [
            new AllowedValuesRule("SSL MODE", ValueCase.Upper, "invalid CONNECTION: unknown SSL MODE \"{0}\""),
            new CustomRule("SSL MODE verify_ca requires SSL CERTIFICATE AUTHORITY", c =>
            {
                if (c.Text("SSL MODE")?.ToUpperInvariant() == "VERIFY_CA" && !c.Has("SSL CERTIFICATE AUTHORITY"))
                {
                    c.Fail(ConnectionDiagnostics.MissingOption, "invalid CONNECTION: SSL MODE 'verify_ca' requires SSL CERTIFICATE AUTHORITY", "SSL MODE");
                }
            }),
            new NoPrivatelinkPortRule("SQL SERVER"),
            new TunnelRule(),
            new RequiredRule("HOST", "HOST option is required"),
            new RequiredRule("DATABASE", "DATABASE option is required"),
            new RequiredRule("USER", "USER option is required"),
            new RequiredRule("PASSWORD", "PASSWORD option is required"),
            new AdviceRule("SSL CERTIFICATE and SSL KEY are ignored", c =>
            {
                foreach (var option in new[] { "SSL CERTIFICATE", "SSL KEY" }.Where(c.Has))
                {
                    c.Warn(PreviewDiagnostics.IgnoredOption, $"{option} is accepted but ignored for SQL SERVER connections", option);
                }
            }),
        ]);
}

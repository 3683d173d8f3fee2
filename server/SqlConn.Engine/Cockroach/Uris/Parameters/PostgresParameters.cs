namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>
/// The libpq parameters documented for the source-cluster URI of physical cluster replication. CockroachDB
/// hands the URI to its replication client as it is, so SqlConn neither rejects other parameters nor
/// checks these values.
/// </summary>
public static class PostgresParameters
{
    public static readonly UriParameter Options = new("options", "Server options; -ccluster=system selects the system virtual cluster");

    public static readonly UriParameter SslMode = new("sslmode", "TLS mode of the connection")
    {
        Kind = ParameterValueKind.Enum,
        AllowedValues =
        [
            new("disable", "no TLS"),
            new("allow", "TLS only when the server insists"),
            new("prefer", "TLS when the server supports it"),
            new("require", "TLS without certificate verification"),
            new("verify-ca", "TLS, certificate signed by a trusted CA"),
            new("verify-full", "TLS, certificate signed by a trusted CA and matching the host"),
        ],
    };

    public static readonly UriParameter SslRootCert = new("sslrootcert", "CA certificate: a path, or the PEM itself with sslinline=true");

    public static readonly UriParameter SslCert = new("sslcert", "Client certificate: a path, or the PEM itself with sslinline=true");

    public static readonly UriParameter SslKey = new("sslkey", "Client private key: a path, or the PEM itself with sslinline=true")
    {
        Sensitivity = Sensitivity.RedactedBySqlConn,
    };

    public static readonly UriParameter SslInline = new("sslinline", "The ssl* parameters hold PEM contents instead of paths")
    {
        Kind = ParameterValueKind.Boolean,
        Sensitivity = Sensitivity.Redacted,
    };

    public static readonly UriParameter Password = new("password", "Password of the replication user, when not given in the user-info part")
    {
        Sensitivity = Sensitivity.RedactedBySqlConn,
    };
}

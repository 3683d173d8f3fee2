namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>Parameters of changefeed sink URIs shared by several sinks (topics, TLS, cloud-storage files).</summary>
public static class SinkParameters
{
    public static readonly UriParameter TopicPrefix = new("topic_prefix", "Prefix added to every topic name");

    public static readonly UriParameter TopicName = new("topic_name", "Single topic receiving every table's messages");

    public static readonly UriParameter SchemaTopic = new("schema_topic", "Not yet supported by CockroachDB: any value is rejected")
    {
        Kind = ParameterValueKind.Unsupported,
    };

    public static readonly UriParameter TlsEnabled = new("tls_enabled", "Connect with TLS")
    {
        Kind = ParameterValueKind.Boolean,
        Default = "false",
    };

    public static readonly UriParameter InsecureTlsSkipVerify = new("insecure_tls_skip_verify", "Accept any server certificate (testing only)")
    {
        Kind = ParameterValueKind.Boolean,
        Default = "false",
    };

    public static readonly UriParameter CaCert = new("ca_cert", "Base64-encoded PEM certificate of the CA that signed the server's certificate")
    {
        Kind = ParameterValueKind.Base64,
        Sensitivity = Sensitivity.Redacted,
    };

    public static readonly UriParameter ClientCert = new("client_cert", "Base64-encoded PEM client certificate")
    {
        Kind = ParameterValueKind.Base64,
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.When("client_key is given"),
    };

    public static readonly UriParameter ClientKey = new("client_key", "Base64-encoded PEM private key of the client certificate")
    {
        Kind = ParameterValueKind.Base64,
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.When("client_cert is given"),
    };

    public static readonly UriParameter Region = new("region", "Region of the Pub/Sub endpoint")
    {
        Requirement = ParameterRequirement.Always,
    };

    public static readonly UriParameter PartitionFormat = new("partition_format", "How files are grouped into directories")
    {
        Kind = ParameterValueKind.Enum,
        Default = "daily",
        AllowedValues =
        [
            new("daily", "one directory per day"),
            new("hourly", "one directory per hour"),
            new("flat", "no directories"),
        ],
    };

    public static readonly UriParameter FileSize = new("file_size", "Size at which a file is closed and a new one started, e.g. 16MB")
    {
        Default = "16MB",
    };
}

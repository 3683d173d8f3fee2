namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// CockroachDB's <c>ConnectionProvider</c> (connection.proto), with its numbers. The provider is chosen
/// by the URI's scheme and decides the connection type.
/// </summary>
public enum ExternalConnectionProvider
{
    Nodelocal = 1,
    GcpKms = 2,
    Kafka = 3,
    S3 = 4,
    Userfile = 5,
    Gs = 6,
    AzureStorage = 7,
    AwsKms = 8,
    Http = 9,
    Https = 10,
    Sql = 11,
    WebhookHttp = 12,
    WebhookHttps = 13,
    Gcpubsub = 14,
    AzureKms = 15,
}

public static class ExternalConnectionProviderExtensions
{
    /// <summary>The enum name in connection.proto, as CockroachDB prints it (<c>azure_storage</c>, <c>gcp_kms</c>).</summary>
    public static string ProtoName(this ExternalConnectionProvider provider) => provider switch
    {
        ExternalConnectionProvider.Nodelocal => "nodelocal",
        ExternalConnectionProvider.GcpKms => "gcp_kms",
        ExternalConnectionProvider.Kafka => "kafka",
        ExternalConnectionProvider.S3 => "s3",
        ExternalConnectionProvider.Userfile => "userfile",
        ExternalConnectionProvider.Gs => "gs",
        ExternalConnectionProvider.AzureStorage => "azure_storage",
        ExternalConnectionProvider.AwsKms => "aws_kms",
        ExternalConnectionProvider.Http => "http",
        ExternalConnectionProvider.Https => "https",
        ExternalConnectionProvider.Sql => "sql",
        ExternalConnectionProvider.WebhookHttp => "webhookhttp",
        ExternalConnectionProvider.WebhookHttps => "webhookhttps",
        ExternalConnectionProvider.Gcpubsub => "gcpubsub",
        ExternalConnectionProvider.AzureKms => "azure_kms",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>The connection type CockroachDB derives from the provider (spec §4.2).</summary>
    public static ExternalConnectionType ConnectionType(this ExternalConnectionProvider provider) => provider switch
    {
        ExternalConnectionProvider.GcpKms or ExternalConnectionProvider.AwsKms or ExternalConnectionProvider.AzureKms => ExternalConnectionType.Kms,
        ExternalConnectionProvider.Sql => ExternalConnectionType.ForeignData,
        _ => ExternalConnectionType.Storage,
    };
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Uris.Parameters;
using SqlConn.Engine.Cockroach.Uris.Validators;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// The URI schemes a CockroachDB external connection can wrap, one row each (spec §4): the only place
/// that knows them. <c>external://</c> is absent on purpose: a connection cannot wrap another one.
/// s3, gs, azure and nodelocal are also changefeed sink schemes; CockroachDB's storage validation wins
/// for them (its default validation replaces the changefeed one), so sink-only parameters such as
/// partition_format are unknown parameters there [inferred in the spec, confirmed by the registry code].
/// </summary>
public static class UriSchemes
{
    private const string SinkErrorContext = "invalid changefeed sink URI";

    public static ImmutableArray<UriScheme> All { get; } =
    [
        new(NodelocalValidator.Instance)
        {
            Names = ["nodelocal"],
            Provider = ExternalConnectionProvider.Nodelocal,
            Title = "Nodelocal",
            Description = "A directory under a node's external I/O directory (--external-io-dir)",
            Operations = ExternalConnectionOperations.Storage,
            Form = "nodelocal://{node ID|self}/{path}",
            Location = "host: the ID of the node holding the files, or 'self' for each node's own directory; path: a directory under it",
            Parameters = [CommonParameters.Locality],
            ErrorContext = "failed to create nodelocal external connection",
            Check = ExternalCheck.WriteSentinelObject,
            Storage = new StorageProvider("nodelocal", ImplicitAccessRule.Always),
        },
        new(UserfileValidator.Instance)
        {
            Names = ["userfile"],
            Provider = ExternalConnectionProvider.Userfile,
            Title = "Userfile",
            Description = "Files stored in a table of the cluster by userfile upload",
            Operations = ExternalConnectionOperations.Storage,
            Form = "userfile://[{database.schema.table_prefix}]/{path}",
            Location = "host: a qualified table prefix (default defaultdb.public.userfiles_{user}); path: a file path that normalization leaves unchanged (no '.', '..', '//' or trailing '/')",
            Parameters = [CommonParameters.Locality],
            ErrorContext = "failed to create userfile external connection",
            Check = ExternalCheck.WriteSentinelObject,
            Storage = new StorageProvider("userfile", ImplicitAccessRule.Never),
        },
        new(S3Validator.Instance)
        {
            Names = ["s3"],
            Provider = ExternalConnectionProvider.S3,
            Title = "Amazon S3",
            Description = "A bucket of Amazon S3 or of an S3-compatible service",
            Operations = ExternalConnectionOperations.Storage,
            Form = "s3://{bucket}/{path}?{parameters}",
            Location = "host: the bucket (required); path: a key prefix",
            Parameters =
            [
                CommonParameters.Auth, AwsParameters.AccessKeyId, AwsParameters.SecretAccessKey, AwsParameters.SessionToken,
                AwsParameters.Region, AwsParameters.Endpoint, AwsParameters.UsePathStyle, AwsParameters.ServerEncryptionMode,
                AwsParameters.ServerKmsId, AwsParameters.StorageClass, AwsParameters.AssumeRole, CommonParameters.Locality,
            ],
            ErrorContext = "failed to create s3 external connection",
            Check = ExternalCheck.WriteSentinelObject,
            Storage = new StorageProvider("s3", ImplicitAccessRule.WhenAuthImplicitOrCustomEndpoint),
        },
        new(GsValidator.Instance)
        {
            Names = ["gs"],
            Provider = ExternalConnectionProvider.Gs,
            Title = "Google Cloud Storage",
            Description = "A bucket of Google Cloud Storage",
            Operations = ExternalConnectionOperations.Storage,
            Form = "gs://{bucket}/{path}?{parameters}",
            Location = "host: the bucket; path: an object prefix",
            Parameters =
            [
                CommonParameters.Auth, GcpParameters.Credentials, GcpParameters.BearerToken, GcpParameters.BillingProject,
                GcpParameters.AssumeRole, CommonParameters.Locality,
            ],
            ErrorContext = "failed to create gs external connection",
            Check = ExternalCheck.WriteSentinelObject,
            Storage = new StorageProvider("gs", ImplicitAccessRule.UnlessAuthSpecified),
        },
        new(AzureStorageValidator.Instance)
        {
            Names = ["azure-blob", "azure-storage", "azure"],
            Provider = ExternalConnectionProvider.AzureStorage,
            Title = "Azure Storage",
            Description = "A container of Azure Blob Storage",
            Operations = ExternalConnectionOperations.Storage,
            Form = "azure-blob://{container}/{path}?AZURE_ACCOUNT_NAME={account}&{parameters}",
            Location = "host: the container; path: a blob prefix",
            Parameters =
            [
                CommonParameters.Auth, AzureParameters.AccountName, AzureParameters.AccountKey, AzureParameters.Environment,
                AzureParameters.ClientId, AzureParameters.ClientSecret, AzureParameters.TenantId, CommonParameters.Locality,
            ],
            ErrorContext = "failed to create azure external connection",
            Check = ExternalCheck.WriteSentinelObject,
            Storage = new StorageProvider("azure", ImplicitAccessRule.WhenAuthImplicit),
        },
        new(AwsKmsValidator.Instance)
        {
            Names = ["aws-kms"],
            Provider = ExternalConnectionProvider.AwsKms,
            Title = "AWS KMS",
            Description = "A key of AWS Key Management Service, to encrypt backups",
            Operations = ExternalConnectionOperations.EncryptedBackups,
            Form = "aws-kms:///{key ID, alias or ARN}?REGION={region}&{parameters}",
            Location = "path: the key's ID, alias or ARN; no host",
            Parameters =
            [
                CommonParameters.Auth, AwsParameters.AccessKeyId, AwsParameters.SecretAccessKey, AwsParameters.SessionToken,
                AwsParameters.KmsRegion, AwsParameters.Endpoint with { Description = "Custom endpoint of the KMS service" },
                AwsParameters.AssumeRole,
            ],
            ErrorContext = "failed to create AWS KMS external connection",
            Check = ExternalCheck.KmsRoundTrip,
        },
        new(GcpKmsValidator.Instance)
        {
            Names = ["gcp-kms"],
            Provider = ExternalConnectionProvider.GcpKms,
            Title = "Google Cloud KMS",
            Description = "A customer-managed key of Google Cloud KMS, to encrypt backups",
            Operations = ExternalConnectionOperations.EncryptedBackups,
            Form = "gcp-kms:///projects/{project}/locations/{location}/keyRings/{ring}/cryptoKeys/{key}?{parameters}",
            Location = "path: the key's resource name (required); no host",
            Parameters = [CommonParameters.Auth, GcpParameters.Credentials, GcpParameters.BearerToken, GcpParameters.AssumeRole],
            ErrorContext = "failed to create GCP KMS external connection",
            Check = ExternalCheck.KmsRoundTrip,
        },
        new(AzureKmsValidator.Instance)
        {
            Names = ["azure-kms"],
            Provider = ExternalConnectionProvider.AzureKms,
            Title = "Azure Key Vault",
            Description = "A key of Azure Key Vault, to encrypt backups",
            Operations = ExternalConnectionOperations.EncryptedBackups,
            Form = "azure-kms:///{key name}/{key version}?AZURE_VAULT_NAME={vault}&{parameters}",
            Location = "path: the key's name and version, as name/version; no host",
            Parameters =
            [
                CommonParameters.Auth, AzureParameters.VaultName, AzureParameters.Environment,
                AzureParameters.ClientId with { Requirement = ParameterRequirement.WhenAuthSpecified },
                AzureParameters.ClientSecret with { Requirement = ParameterRequirement.WhenAuthSpecified },
                AzureParameters.TenantId with { Requirement = ParameterRequirement.WhenAuthSpecified },
            ],
            ErrorContext = "failed to create Azure KMS external connection",
            Check = ExternalCheck.KmsRoundTrip,
        },
        new(PassThroughValidator.Instance)
        {
            Names = ["postgresql", "postgres"],
            Provider = ExternalConnectionProvider.Sql,
            Title = "PostgreSQL",
            Description = "The source cluster of physical cluster replication, as a PostgreSQL connection URI",
            Operations = ExternalConnectionOperations.PhysicalClusterReplication,
            Form = "postgresql://{user}[:{password}]@{host}:{port}/{database}?{parameters}",
            Location = "user info: the replication user; host and port: a node of the source cluster",
            Parameters =
            [
                PostgresParameters.Options, PostgresParameters.SslMode, PostgresParameters.SslRootCert, PostgresParameters.SslCert,
                PostgresParameters.SslKey, PostgresParameters.SslInline, PostgresParameters.Password,
            ],

            // Never shown: these URIs fail only when CockroachDB connects. The upstream wording is unknown.
            ErrorContext = "failed to create sql external connection",
            Check = ExternalCheck.ConnectToSourceCluster,
        },
        new(KafkaValidator.Instance)
        {
            Names = ["kafka"],
            Provider = ExternalConnectionProvider.Kafka,
            Title = "Kafka",
            Description = "A Kafka cluster receiving changefeed messages (Amazon MSK included)",
            Operations = ExternalConnectionOperations.Changefeeds,
            Form = "kafka://{broker}:{port}?{parameters}",
            Location = "host and port: a bootstrap broker",
            Parameters =
            [
                SinkParameters.TopicPrefix, SinkParameters.TopicName, SinkParameters.SchemaTopic, SinkParameters.TlsEnabled,
                SinkParameters.InsecureTlsSkipVerify, SinkParameters.CaCert, SinkParameters.ClientCert, SinkParameters.ClientKey,
                KafkaParameters.SaslEnabled, KafkaParameters.SaslHandshake, KafkaParameters.SaslMechanism, .. KafkaParameters.SaslOnly,
            ],
            ErrorContext = SinkErrorContext,
            Check = ExternalCheck.None,
        },
        ManagedKafka(
            "confluent-cloud", "Confluent Cloud", "A Confluent Cloud Kafka cluster receiving changefeed messages",
            "confluent-cloud://{bootstrap server}:9092?api_key={key}&api_secret={secret}",
            KafkaParameters.ApiKey, KafkaParameters.ApiSecret, [SinkParameters.InsecureTlsSkipVerify]),
        ManagedKafka(
            "azure-event-hub", "Azure Event Hubs", "An Azure Event Hubs namespace receiving changefeed messages over the Kafka protocol",
            "azure-event-hub://{namespace}.servicebus.windows.net:9093?shared_access_key_name={policy}&shared_access_key={key}",
            KafkaParameters.SharedAccessKeyName, KafkaParameters.SharedAccessKey, []),
        Webhook("webhook-https", ExternalConnectionProvider.WebhookHttps, WebhookValidator.Https,
            "An HTTPS endpoint receiving changefeed messages as POST requests"),
        Webhook("webhook-http", ExternalConnectionProvider.WebhookHttp, WebhookValidator.Http,
            "Refused by the webhook sink, which requires webhook-https"),
        new(PubsubValidator.Instance)
        {
            Names = ["gcpubsub"],
            Provider = ExternalConnectionProvider.Gcpubsub,
            Title = "Google Cloud Pub/Sub",
            Description = "Google Cloud Pub/Sub topics receiving changefeed messages",
            Operations = ExternalConnectionOperations.Changefeeds,
            Form = "gcpubsub://{project}?region={region}&{parameters}",
            Location = "host: the Google Cloud project",
            Parameters =
            [
                SinkParameters.Region, CommonParameters.Auth,
                GcpParameters.Credentials with { Requirement = ParameterRequirement.When("AUTH is not implicit") },
                GcpParameters.AssumeRole, SinkParameters.TopicName,
            ],
            ErrorContext = SinkErrorContext,
            Check = ExternalCheck.None,
        },
        HttpSink("https", ExternalConnectionProvider.Https, storage: true),
        HttpSink("http", ExternalConnectionProvider.Http, storage: true),
        HttpSink("file-https", ExternalConnectionProvider.Https, storage: false),
        HttpSink("file-http", ExternalConnectionProvider.Http, storage: false),
    ];

    /// <summary>Every scheme name, aliases included, in table order: what completion offers before <c>://</c>.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.SelectMany(s => s.Names)];

    private static readonly FrozenDictionary<string, UriScheme> ByName =
        All.SelectMany(scheme => scheme.Names.Select(name => (name, scheme))).ToFrozenDictionary(p => p.name, p => p.scheme, StringComparer.Ordinal);

    /// <summary>
    /// CockroachDB's global set of parameters whose values SHOW redacts, shared by all schemes, plus the
    /// secrets SqlConn redacts on its own (<see cref="Sensitivity.RedactedBySqlConn"/>).
    /// </summary>
    public static FrozenSet<string> SensitiveParameterNames { get; } =
        All.SelectMany(s => s.Parameters).Where(p => p.IsSensitive).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The row of a scheme name, case-insensitive like Go's URL parser; null for an unknown scheme.</summary>
    public static UriScheme? Find(string scheme) => ByName.GetValueOrDefault(scheme.ToLowerInvariant());

    /// <summary>The row for the scheme a (possibly partial) URI starts with, e.g. while typing <c>'s3://b?</c>.</summary>
    public static UriScheme? FindForUri(string uriText)
    {
        var colon = uriText.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? Find(uriText[..colon]) : null;
    }

    public static bool IsSensitive(string parameterName) => SensitiveParameterNames.Contains(parameterName);

    /// <summary>A managed Kafka service: its key pair (sent as SASL user and password) is required, its security fixed.</summary>
    private static UriScheme ManagedKafka(
        string name, string title, string description, string form, UriParameter user, UriParameter password, ImmutableArray<UriParameter> extra) =>
        new(ManagedKafkaValidator.Instance)
        {
            Names = [name],
            Provider = ExternalConnectionProvider.Kafka,
            Title = title,
            Description = description,
            Operations = ExternalConnectionOperations.Changefeeds,
            Form = form,
            Location = "host and port: the bootstrap server",
            Parameters =
            [
                user, password, SinkParameters.TopicPrefix, SinkParameters.TopicName, SinkParameters.SchemaTopic,
                Fixed(KafkaParameters.SaslEnabled, "true", title), Fixed(SinkParameters.TlsEnabled, "true", title),
                Fixed(KafkaParameters.SaslHandshake, "true", title), Fixed(KafkaParameters.SaslMechanism, "PLAIN", title), .. extra,
            ],
            ErrorContext = SinkErrorContext,
            Check = ExternalCheck.None,
        };

    /// <summary>A parameter a service forces: absent or that one value.</summary>
    private static UriParameter Fixed(UriParameter parameter, string value, string service) =>
        parameter with { Default = value, AllowedValues = [new AllowedValue(value, $"the only value {service} accepts (and the default)")] };

    private static UriScheme Webhook(string name, ExternalConnectionProvider provider, WebhookValidator validator, string description) =>
        new(validator)
        {
            Names = [name],
            Provider = provider,
            Title = "Webhook",
            Description = description,
            Operations = ExternalConnectionOperations.Changefeeds,
            Form = name + "://{host}:{port}/{path}?{parameters}",
            Location = "host, port and path: the endpoint; query parameters other than the TLS ones are sent to it",
            Parameters = [SinkParameters.InsecureTlsSkipVerify, SinkParameters.CaCert, SinkParameters.ClientCert, SinkParameters.ClientKey],
            ErrorContext = SinkErrorContext,
            Check = ExternalCheck.None,
        };

    private static UriScheme HttpSink(string name, ExternalConnectionProvider provider, bool storage) =>
        new(PassThroughValidator.Instance)
        {
            Names = [name],
            Provider = provider,
            Title = "HTTP(S)",
            Description = "An HTTP server storing changefeed files (or a Confluent Schema Registry for confluent_schema_registry)",
            Operations = ExternalConnectionOperations.Changefeeds,
            Form = name + "://{host}:{port}/{path}?{parameters}",
            Location = "host, port and path: the server's base URL",
            Parameters = [SinkParameters.PartitionFormat, SinkParameters.FileSize],
            ErrorContext = SinkErrorContext,
            Check = ExternalCheck.None,
            Storage = storage ? new StorageProvider("http", ImplicitAccessRule.Always) : null,
        };
}

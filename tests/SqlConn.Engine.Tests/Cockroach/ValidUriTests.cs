using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>A valid URI of every scheme: provider, connection type and the check left undone.</summary>
public class ValidUriTests
{
    [Theory]
    [InlineData("nodelocal://1/foo/bar", "nodelocal", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("nodelocal://self/backups?anything=goes", "nodelocal", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("NODELOCAL://-1/x", "nodelocal", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("userfile:///foo/bar", "userfile", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("userfile://defaultdb.public.foo/test/file1.csv?COCKROACH_LOCALITY=default", "userfile", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("s3://foo/bar?AUTH=implicit&AWS_ACCESS_KEY_ID=123&AWS_SECRET_ACCESS_KEY=456&ASSUME_ROLE=ronaldo,rashford,bruno", "s3", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("s3://bucket?AUTH=specified&AWS_ACCESS_KEY_ID=key&AWS_SECRET_ACCESS_KEY=secret-key", "s3", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("s3://b/p?AWS_ACCESS_KEY_ID=k&AWS_SECRET_ACCESS_KEY=s&AWS_SERVER_ENC_MODE=aws:kms&AWS_SERVER_KMS_ID=key&AWS_USE_PATH_STYLE=True&COCKROACH_LOCALITY=region%3Dus-east1",
        "s3", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("s3://b?AUTH=implicit&AWS_SERVER_ENC_MODE=AES256&S3_STORAGE_CLASS=INTELLIGENT_TIERING&AWS_REGION=eu-west-1&AWS_ENDPOINT=http://minio:9000",
        "s3", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("gs://bucket/path?AUTH=specified&BEARER_TOKEN=c29tZXRoaW5nCg==", "gs", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("gs://bucket?AUTH=implicit&GOOGLE_BILLING_PROJECT=billing", "gs", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("gs://bucket?CREDENTIALS=e30%3D&ASSUME_ROLE=a@p.iam.gserviceaccount.com", "gs", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("azure-storage://bucket/path?AZURE_ACCOUNT_NAME=foo&AZURE_ACCOUNT_KEY=Zm9vCg==&AZURE_ENVIRONMENT=AzureUSGovernmentCloud",
        "azure_storage", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("azure-blob://c/p?AZURE_ACCOUNT_NAME=a&AZURE_CLIENT_ID=i&AZURE_CLIENT_SECRET=s&AZURE_TENANT_ID=t&AZURE_ENVIRONMENT=azurechinacloud",
        "azure_storage", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("azure://c?AUTH=implicit&AZURE_ACCOUNT_NAME=a", "azure_storage", "STORAGE", ExternalCheck.WriteSentinelObject)]
    [InlineData("aws-kms:///arn:aws:kms:us-east-1:123456789012:key/1234abcd?AUTH=implicit&REGION=us-east-1", "aws_kms", "KMS", ExternalCheck.KmsRoundTrip)]
    [InlineData("aws-kms:///alias/backups?REGION=us-east-1&AWS_ACCESS_KEY_ID=k&AWS_SECRET_ACCESS_KEY=s&AWS_SESSION_TOKEN=t", "aws_kms", "KMS", ExternalCheck.KmsRoundTrip)]
    [InlineData("gcp-kms:///cmk?AUTH=specified&BEARER_TOKEN=c29tZXRoaW5nCg==", "gcp_kms", "KMS", ExternalCheck.KmsRoundTrip)]
    [InlineData("gcp-kms:///projects/p/locations/l/keyRings/r/cryptoKeys/k?AUTH=implicit", "gcp_kms", "KMS", ExternalCheck.KmsRoundTrip)]
    [InlineData("azure-kms:///key/version?AZURE_VAULT_NAME=v&AZURE_CLIENT_ID=c&AZURE_CLIENT_SECRET=s&AZURE_TENANT_ID=t", "azure_kms", "KMS", ExternalCheck.KmsRoundTrip)]
    [InlineData("azure-kms:///key/version?AUTH=implicit&AZURE_VAULT_NAME=v&AZURE_ENVIRONMENT=AzureStackCloud", "azure_kms", "KMS", ExternalCheck.KmsRoundTrip)]
    [InlineData("postgresql://repl:pw@source.example.com:26257/defaultdb?options=-ccluster%3Dsystem&sslmode=verify-full", "sql", "FOREIGNDATA", ExternalCheck.ConnectToSourceCluster)]
    [InlineData("postgres://repl@source.example.com:26257?sslinline=true&anything=else", "sql", "FOREIGNDATA", ExternalCheck.ConnectToSourceCluster)]
    [InlineData("kafka://broker.address.com:9092?topic_prefix=bar_&tls_enabled=true&ca_cert=Zm9vCg==&sasl_enabled=true&sasl_user={sasl user}&sasl_password={url-encoded password}&sasl_mechanism=SCRAM-SHA-256",
        "kafka", "STORAGE", ExternalCheck.None)]
    [InlineData("kafka://nope/?tls_enabled=true&insecure_tls_skip_verify=true&topic_name=foo&sasl_enabled=false", "kafka", "STORAGE", ExternalCheck.None)]
    [InlineData("kafka://msk:9098?tls_enabled=true&sasl_enabled=true&sasl_mechanism=AWS_MSK_IAM&sasl_aws_region=us-east-1&sasl_aws_iam_role_arn=arn&sasl_aws_iam_session_name=s",
        "kafka", "STORAGE", ExternalCheck.None)]
    [InlineData("kafka://k:9092?sasl_enabled=true&sasl_mechanism=OAUTHBEARER&sasl_client_id=c&sasl_client_secret=c2VjcmV0&sasl_token_url=https%3A%2F%2Fidp&sasl_scopes=a&sasl_scopes=b&sasl_grant_type=g",
        "kafka", "STORAGE", ExternalCheck.None)]
    [InlineData("confluent-cloud://pkc.example.confluent.cloud:9092?api_key=k&api_secret=s&topic_prefix=p&tls_enabled=true&sasl_mechanism=PLAIN&insecure_tls_skip_verify=false&sasl_user=ignored",
        "kafka", "STORAGE", ExternalCheck.None)]
    [InlineData("azure-event-hub://ns.servicebus.windows.net:9093?shared_access_key_name=p&shared_access_key=k&sasl_enabled=t&topic_name=t", "kafka", "STORAGE", ExternalCheck.None)]
    [InlineData("webhook-https://hooks.example.com:443/feed?insecure_tls_skip_verify=true&ca_cert=Zm9v&endpoint_token=passes", "webhookhttps", "STORAGE", ExternalCheck.None)]
    [InlineData("gcpubsub://project?region=us-east1&AUTH=implicit&topic_name=t", "gcpubsub", "STORAGE", ExternalCheck.None)]
    [InlineData("gcpubsub://project?region=us-east1&CREDENTIALS=e30%3D&unread=1", "gcpubsub", "STORAGE", ExternalCheck.None)]
    [InlineData("https://registry.example.com:8081", "https", "STORAGE", ExternalCheck.None)]
    [InlineData("http://files.example.com/feed?partition_format=flat&file_size=64MB", "http", "STORAGE", ExternalCheck.None)]
    [InlineData("file-https://files.example.com/feed", "https", "STORAGE", ExternalCheck.None)]
    [InlineData("file-http://files.example.com/feed", "http", "STORAGE", ExternalCheck.None)]
    public void Accepted_with_provider_type_and_pending_check(string uri, string provider, string connectionType, ExternalCheck check)
    {
        var connection = UriValidation.Accepts(uri);

        Assert.Equal(provider, connection.Provider.ProtoName());
        Assert.Equal(connectionType, connection.ConnectionType.ToSql());
        Assert.Equal(check, connection.Check);
        Assert.Equal(uri, connection.Text);
    }

    [Fact]
    public void The_parameters_are_the_decoded_query()
    {
        var connection = UriValidation.Accepts("kafka://k:9092?topic_prefix=a%20b&topic_name=x+y&tls_enabled=true&tls_enabled=false");

        Assert.Equal<string>(["a b"], connection.Parameters["topic_prefix"]);
        Assert.Equal<string>(["x y"], connection.Parameters["topic_name"]);
        Assert.Equal<string>(["true", "false"], connection.Parameters["tls_enabled"]);
    }

    [Theory]
    [InlineData("nodelocal://1/x", ExternalConnectionProvider.Nodelocal, 1)]
    [InlineData("gcp-kms:///k?AUTH=implicit", ExternalConnectionProvider.GcpKms, 2)]
    [InlineData("kafka://k", ExternalConnectionProvider.Kafka, 3)]
    [InlineData("s3://b?AUTH=implicit", ExternalConnectionProvider.S3, 4)]
    [InlineData("userfile:///x", ExternalConnectionProvider.Userfile, 5)]
    [InlineData("gs://b?AUTH=implicit", ExternalConnectionProvider.Gs, 6)]
    [InlineData("azure://c?AUTH=implicit&AZURE_ACCOUNT_NAME=a", ExternalConnectionProvider.AzureStorage, 7)]
    [InlineData("aws-kms:///k?AUTH=implicit&REGION=r", ExternalConnectionProvider.AwsKms, 8)]
    [InlineData("http://h/p", ExternalConnectionProvider.Http, 9)]
    [InlineData("https://h/p", ExternalConnectionProvider.Https, 10)]
    [InlineData("postgresql://h/db", ExternalConnectionProvider.Sql, 11)]
    [InlineData("webhook-https://h/p", ExternalConnectionProvider.WebhookHttps, 13)]
    [InlineData("gcpubsub://p?region=r&AUTH=implicit", ExternalConnectionProvider.Gcpubsub, 14)]
    [InlineData("azure-kms:///k/v?AUTH=implicit&AZURE_VAULT_NAME=v", ExternalConnectionProvider.AzureKms, 15)]
    public void Providers_keep_the_proto_numbers(string uri, ExternalConnectionProvider provider, int number)
    {
        Assert.Equal(provider, UriValidation.Accepts(uri).Provider);
        Assert.Equal(number, (int)provider);
    }

    [Fact]
    public void Webhook_http_has_its_own_provider_but_is_refused()
    {
        Assert.Equal(ExternalConnectionProvider.WebhookHttp, UriSchemes.Find("webhook-http")?.Provider);
        Assert.Equal(12, (int)ExternalConnectionProvider.WebhookHttp);
        Assert.Equal(UriFailureKind.InvalidLocation, UriValidation.Rejects("webhook-http://h/p").Kind);
    }
}

using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>The connection_uri column of SHOW EXTERNAL CONNECTIONS (spec §5.2).</summary>
public class RedactionTests
{
    /// <summary>The rows of CockroachDB's multi-tenant show_external_connections test, byte for byte.</summary>
    [Theory]
    [InlineData("azure-storage://bucket/path?AZURE_ACCOUNT_NAME=foo&AZURE_ACCOUNT_KEY=Zm9vCg==&AZURE_ENVIRONMENT=AzureUSGovernmentCloud", "STORAGE",
        "azure-storage://bucket/path?AZURE_ACCOUNT_KEY=redacted&AZURE_ACCOUNT_NAME=foo&AZURE_ENVIRONMENT=AzureUSGovernmentCloud")]
    [InlineData("gs://bucket?AUTH=specified&BEARER_TOKEN=c29tZXRoaW5nCg==", "STORAGE",
        "gs://bucket?AUTH=specified&BEARER_TOKEN=redacted")]
    [InlineData("kafka://broker.address.com:9092?topic_prefix=bar_&tls_enabled=true&ca_cert=Zm9vCg==&sasl_enabled=true&sasl_user=fake_user&sasl_password=fake_password&sasl_mechanism=SCRAM-SHA-256", "STORAGE",
        "kafka://broker.address.com:9092?ca_cert=redacted&sasl_enabled=true&sasl_mechanism=SCRAM-SHA-256&sasl_password=redacted&sasl_user=fake_user&tls_enabled=true&topic_prefix=bar_")]
    [InlineData("gcp-kms:///cmk?AUTH=specified&BEARER_TOKEN=c29tZXRoaW5nCg==", "KMS",
        "gcp-kms:///redacted?AUTH=specified&BEARER_TOKEN=redacted")]
    [InlineData("nodelocal://1/foo", "STORAGE", "nodelocal://1/foo")]
    [InlineData("s3://bucket?AUTH=specified&AWS_ACCESS_KEY_ID=key&AWS_SECRET_ACCESS_KEY=secret-key", "STORAGE",
        "s3://bucket?AUTH=specified&AWS_ACCESS_KEY_ID=key&AWS_SECRET_ACCESS_KEY=redacted")]
    public void Spec_examples(string stored, string connectionType, string shown)
    {
        Assert.Equal(shown, ConnectionUriRedactor.Redact(stored, connectionType));
        Assert.Equal(shown, UriValidation.Accepts(stored).ToString());
    }

    [Theory]
    [InlineData("postgresql://repl:hunter2@source:26257/db?sslmode=verify-full", "FOREIGNDATA",
        "postgresql://repl:redacted@source:26257/db?sslmode=verify-full")]
    [InlineData("postgres://repl@source:26257/db?sslinline=true&sslkey=-----BEGIN%20KEY-----", "FOREIGNDATA",
        "postgres://repl@source:26257/db?sslinline=redacted&sslkey=redacted")]
    [InlineData("s3://b/p?zeta=1&AUTH=implicit&AWS_SESSION_TOKEN=t&alpha=2", "STORAGE",
        "s3://b/p?AUTH=implicit&AWS_SESSION_TOKEN=redacted&alpha=2&zeta=1")]
    [InlineData("s3://b?AWS_SECRET_ACCESS_KEY=a&AWS_SECRET_ACCESS_KEY=b&topic=x&topic=y", "STORAGE",
        "s3://b?AWS_SECRET_ACCESS_KEY=redacted&topic=x&topic=y")]
    [InlineData("s3://b?AWS%5FSECRET_ACCESS_KEY=s&path=a%2Fb c&semi=1;2&bad=%zz", "STORAGE",
        "s3://b?AWS_SECRET_ACCESS_KEY=redacted&path=a%2Fb+c")]
    [InlineData("s3://b/À.csv?", "STORAGE", "s3://b/%C3%80.csv?")]
    [InlineData("s3://b?AUTH=specified&AWS_SECRET_ACCESS_KEY=ab#cd", "STORAGE", "s3://b?AUTH=specified&AWS_SECRET_ACCESS_KEY=redacted#redacted")]
    [InlineData("s3://b?AWS_SECRET_ACCESS_KEY=ab&AUTH=implicit#frag", "STORAGE", "s3://b?AUTH=implicit&AWS_SECRET_ACCESS_KEY=redacted#frag")]
    [InlineData("azure-blob://c?AZURE_ACCOUNT_NAME=a&AZURE_CLIENT_ID=i&AZURE_CLIENT_SECRET=s&AZURE_TENANT_ID=t", "STORAGE",
        "azure-blob://c?AZURE_ACCOUNT_NAME=a&AZURE_CLIENT_ID=i&AZURE_CLIENT_SECRET=redacted&AZURE_TENANT_ID=t")]
    [InlineData("confluent-cloud://pkc:9092?api_key=k&api_secret=s", "STORAGE", "confluent-cloud://pkc:9092?api_key=k&api_secret=redacted")]
    [InlineData("azure-event-hub://ns:9093?shared_access_key_name=p&shared_access_key=k", "STORAGE",
        "azure-event-hub://ns:9093?shared_access_key=redacted&shared_access_key_name=p")]
    [InlineData("kafka://k?client_cert=Y2VydA==&client_key=a2V5&sasl_client_secret=c2VjcmV0", "STORAGE",
        "kafka://k?client_cert=redacted&client_key=redacted&sasl_client_secret=redacted")]
    [InlineData("aws-kms:///arn:aws:kms:us-east-1:1:key/k?REGION=us-east-1&AUTH=implicit", "KMS", "aws-kms:///redacted?AUTH=implicit&REGION=us-east-1")]
    [InlineData("azure-kms:///key/1?AZURE_VAULT_NAME=v&AUTH=implicit", "KMS", "azure-kms:///redacted?AUTH=implicit&AZURE_VAULT_NAME=v")]
    [InlineData("workload:///csv/bank?AWS_SECRET_ACCESS_KEY=kept&b=1&a=2", "STORAGE", "workload:///csv/bank?AWS_SECRET_ACCESS_KEY=kept&b=1&a=2")]
    [InlineData("null://?b=1&a=2", "STORAGE", "null://?b=1&a=2")]
    public void Passwords_and_sensitive_values_are_redacted_and_the_query_sorted(string stored, string connectionType, string shown)
    {
        Assert.Equal(shown, ConnectionUriRedactor.Redact(stored, connectionType));
    }

    [Theory]
    [InlineData("s3://b?AUTH=implicit", "BOGUS", "failed to redact the URI: cannot redact URI for unknown connection type: BOGUS")]
    [InlineData("s3://b?AUTH=implicit", "", "failed to redact the URI: cannot redact URI for unknown connection type: ")]
    [InlineData("s3://bad host?AWS_SECRET_ACCESS_KEY=x", "STORAGE",
        "failed to redact the URI: parse \"s3://bad host?AWS_SECRET_ACCESS_KEY=redacted\": invalid character \" \" in host name")]
    public void Unredactable_uris_become_a_message_instead_of_an_error(string stored, string connectionType, string shown)
    {
        Assert.Equal(shown, ConnectionUriRedactor.Redact(stored, connectionType));
    }

    [Fact]
    public void The_sensitive_set_is_global_and_holds_the_spec_parameters()
    {
        string[] spec =
        [
            "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "CREDENTIALS", "BEARER_TOKEN", "AZURE_ACCOUNT_KEY", "sasl_password",
            "ca_cert", "client_cert", "client_key", "api_secret", "shared_access_key", "sslinline",
        ];
        string[] sqlConnOnly = ["AZURE_CLIENT_SECRET", "sasl_client_secret", "sslkey", "password"];

        Assert.Equal(spec.Concat(sqlConnOnly).Order(StringComparer.Ordinal), UriSchemes.SensitiveParameterNames.Order(StringComparer.Ordinal));
        Assert.Equal("gs://b?AUTH=implicit&api_secret=redacted", ConnectionUriRedactor.Redact("gs://b?api_secret=s&AUTH=implicit", "STORAGE"));
        Assert.False(UriSchemes.IsSensitive("AWS_ACCESS_KEY_ID"));
        Assert.False(UriSchemes.IsSensitive("sasl_user"));
        Assert.False(UriSchemes.IsSensitive("AZURE_ACCOUNT_NAME"));
    }
}

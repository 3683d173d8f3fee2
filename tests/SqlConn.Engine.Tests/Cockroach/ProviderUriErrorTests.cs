using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>
/// Storage and KMS providers, and the location errors of every provider (spec §4.3): the exact cause after
/// "failed to construct External Connection details: ".
/// </summary>
public class ProviderUriErrorTests
{
    [Theory]
    [InlineData("nodelocal:///foo",
        "failed to create nodelocal external connection: invalid `nodelocal` URI: host component of nodelocal URI must be a node ID (use 'self' to specify each node should access its own local filesystem): nodelocal:///foo")]
    [InlineData("nodelocal://a/foo",
        "failed to create nodelocal external connection: invalid `nodelocal` URI: host component of nodelocal URI must be a node ID: nodelocal://a/foo")]
    [InlineData("nodelocal://1:80/foo",
        "failed to create nodelocal external connection: invalid `nodelocal` URI: host component of nodelocal URI must be a node ID: nodelocal://1:80/foo")]
    [InlineData("userfile:///foo/..",
        "failed to create userfile external connection: path /foo/.. changes after normalization to /. userfile upload does not permit such path constructs")]
    [InlineData("userfile:///test/./file1.csv",
        "failed to create userfile external connection: path /test/./file1.csv changes after normalization to /test/file1.csv. userfile upload does not permit such path constructs")]
    [InlineData("userfile:///dir/",
        "failed to create userfile external connection: path /dir/ changes after normalization to /dir. userfile upload does not permit such path constructs")]
    [InlineData("s3:///?AUTH=implicit",
        "failed to create s3 external connection: empty host component; s3 URI must specify a target bucket")]
    [InlineData("gcp-kms:///?AUTH=implicit&CREDENTIALS=baz&ASSUME_ROLE=ronaldo,rashford,bruno&BEARER_TOKEN=foo",
        "failed to create GCP KMS external connection: path component of the KMS cannot be empty; must contain the Customer Managed Key")]
    [InlineData("azure-kms:///?AZURE_VAULT_NAME=vault",
        "failed to create Azure KMS external connection: path component of the KMS cannot be empty; must contain the Customer Managed Key")]
    [InlineData("azure-kms:///key?AUTH=implicit&AZURE_VAULT_NAME=vault",
        "failed to create Azure KMS external connection: azure kms key must be of form 'id/version'")]
    [InlineData("azure-kms:///key/version/extra?AUTH=implicit&AZURE_VAULT_NAME=vault",
        "failed to create Azure KMS external connection: azure kms key must be of form 'id/version'")]
    [InlineData("gcpubsub://?region=us-east1", "invalid changefeed sink URI: missing project name")]
    [InlineData("webhook-http://hooks.example.com/feed", "invalid changefeed sink URI: this sink requires https")]
    public void Location_errors(string uri, string cause)
    {
        var failure = UriValidation.Rejects(uri);

        Assert.Equal(cause, failure.Cause);
        Assert.Equal(UriFailureKind.InvalidLocation, failure.Kind);
        Assert.Equal(UriFailureStage.ConstructDetails, failure.Stage);
        Assert.Null(failure.Parameter);
    }

    [Theory]
    [InlineData("userfile:///foo?INVALIDPARAM=param", "INVALIDPARAM",
        "failed to create userfile external connection: unknown userfile query parameters: INVALIDPARAM")]
    [InlineData("s3://foo/bar?AUTH=implicit&INVALIDPARAM=baz", "INVALIDPARAM",
        "failed to create s3 external connection: unknown S3 query parameters: INVALIDPARAM")]
    [InlineData("s3://foo/bar?AUTH=implicit&zeta=1&AWS_ACCESS_KEY=2&COCKROACH_LOCALITY=default", "AWS_ACCESS_KEY",
        "failed to create s3 external connection: unknown S3 query parameters: AWS_ACCESS_KEY, zeta")]
    [InlineData("s3://foo/bar?auth=implicit", "auth",
        "failed to create s3 external connection: unknown S3 query parameters: auth")]
    [InlineData("s3://foo/bar?AUTH=implicit&partition_format=flat&file_size=1MB", "file_size",
        "failed to create s3 external connection: unknown S3 query parameters: file_size, partition_format")]
    [InlineData("s3://foo/bar", "AWS_ACCESS_KEY_ID",
        "failed to create s3 external connection: AUTH is set to 'specified', but AWS_ACCESS_KEY_ID is not set")]
    [InlineData("s3://foo/bar?AUTH=specified&AWS_ACCESS_KEY_ID=key", "AWS_SECRET_ACCESS_KEY",
        "failed to create s3 external connection: AUTH is set to 'specified', but AWS_SECRET_ACCESS_KEY is not set")]
    [InlineData("s3://foo/bar?AUTH=Implicit", "AUTH",
        "failed to create s3 external connection: unsupported value Implicit for AUTH")]
    [InlineData("s3://foo?AUTH=implicit&AWS_USE_PATH_STYLE=maybe", "AWS_USE_PATH_STYLE",
        "failed to create s3 external connection: cannot parse AWS_USE_PATH_STYLE as bool: strconv.ParseBool: parsing \"maybe\": invalid syntax")]
    [InlineData("s3://foo?AUTH=implicit&AWS_SERVER_ENC_MODE=rot13", "AWS_SERVER_ENC_MODE",
        "failed to create s3 external connection: unsupported server encryption mode rot13. Supported values are `aws:kms` and `AES256`.")]
    [InlineData("s3://foo?AUTH=implicit&AWS_SERVER_ENC_MODE=aws:kms", "AWS_SERVER_KMS_ID",
        "failed to create s3 external connection: AWS_SERVER_KMS_ID param must be set when using aws:kms server side encryption mode.")]
    [InlineData("gs://bucket/path?INVALIDPARAM=baz", "INVALIDPARAM",
        "failed to create gs external connection: unknown GS query parameters: INVALIDPARAM")]
    [InlineData("gs://bucket/path?AUTH=specified&CREDENTIALS=123", "CREDENTIALS",
        "failed to create gs external connection: error getting credentials from CREDENTIALS: illegal base64 data at input byte 0")]
    [InlineData("gs://bucket/path?AUTH=specified", "CREDENTIALS",
        "failed to create gs external connection: CREDENTIALS or BEARER_TOKEN must be set if \"AUTH\" is \"specified\"")]
    [InlineData("gs://bucket/path", "CREDENTIALS",
        "failed to create gs external connection: CREDENTIALS or BEARER_TOKEN must be set if \"AUTH\" is \"specified\"")]
    [InlineData("azure-storage://bucket/path?INVALIDPARAM=baz", "INVALIDPARAM",
        "failed to create azure external connection: unknown azure query parameters: INVALIDPARAM")]
    [InlineData("azure-storage://bucket/path?&AZURE_ACCOUNT_KEY=Zm9vCg==&AZURE_ENVIRONMENT=AzureUSGovernmentCloud", "AZURE_ACCOUNT_NAME",
        "failed to create azure external connection: azure uri missing \"AZURE_ACCOUNT_NAME\" parameter")]
    [InlineData("azure-blob://container?AZURE_ACCOUNT_NAME=acct", "AZURE_ACCOUNT_KEY",
        "failed to create azure external connection: explicit azure uri requires exactly one authentication method: \"AZURE_ACCOUNT_KEY\" OR all three of \"AZURE_TENANT_ID\", \"AZURE_CLIENT_ID\", and \"AZURE_CLIENT_SECRET\"")]
    [InlineData("azure://container?AZURE_ACCOUNT_NAME=acct&AZURE_ACCOUNT_KEY=a2V5&AZURE_CLIENT_ID=id", "AZURE_ACCOUNT_KEY",
        "failed to create azure external connection: explicit azure uri requires exactly one authentication method: \"AZURE_ACCOUNT_KEY\" OR all three of \"AZURE_TENANT_ID\", \"AZURE_CLIENT_ID\", and \"AZURE_CLIENT_SECRET\"")]
    [InlineData("azure-blob://container?AUTH=implicit&AZURE_ACCOUNT_NAME=acct&AZURE_ACCOUNT_KEY=a2V5&AZURE_TENANT_ID=tenant", "AZURE_ACCOUNT_KEY",
        "failed to create azure external connection: implicit azure auth does not support uri param AZURE_ACCOUNT_KEY, AZURE_TENANT_ID")]
    [InlineData("azure-blob://container?AUTH=managed&AZURE_ACCOUNT_NAME=acct", "AUTH",
        "failed to create azure external connection: unsupported value managed for AUTH")]
    [InlineData("azure-storage://bucket/path?&AZURE_ACCOUNT_NAME=foo&AZURE_ACCOUNT_KEY=Zm9vCg==&AZURE_ENVIRONMENT=random-env", "AZURE_ENVIRONMENT",
        "failed to create azure external connection: azure environment: autorest/azure: There is no cloud environment matching the name \"RANDOM-ENV\"")]
    public void Storage_parameter_errors(string uri, string parameter, string cause)
    {
        var failure = UriValidation.Rejects(uri);

        Assert.Equal(cause, failure.Cause);
        Assert.Equal(UriFailureKind.InvalidParameter, failure.Kind);
        Assert.Equal(parameter, failure.Parameter);
    }

    [Theory]
    [InlineData("aws-kms:///key?AUTH=implicit&REGION=us-east-1&INVALIDPARAM=x", "INVALIDPARAM",
        "failed to create AWS KMS external connection: unknown KMS query parameters: INVALIDPARAM")]
    [InlineData("aws-kms:///key?AUTH=implicit", "REGION",
        "failed to create AWS KMS external connection: aws kms REGION parameter not specified")]
    [InlineData("aws-kms:///key?REGION=us-east-1", "AWS_ACCESS_KEY_ID",
        "failed to create AWS KMS external connection: AUTH is set to 'specified', but AWS_ACCESS_KEY_ID is not set")]
    [InlineData("aws-kms:///key?REGION=us-east-1&AUTH=default", "AUTH",
        "failed to create AWS KMS external connection: unsupported value default for AUTH")]
    [InlineData("gcp-kms:///cmk?AUTH=implicit&INVALIDPARAM=baz", "INVALIDPARAM",
        "failed to create GCP KMS external connection: unknown KMS query parameters: INVALIDPARAM")]
    [InlineData("gcp-kms:///cmk?AUTH=specified", "CREDENTIALS",
        "failed to create GCP KMS external connection: CREDENTIALS or BEARER_TOKEN must be set if \"AUTH\" is \"specified\"")]
    [InlineData("gcp-kms:///cmk?CREDENTIALS=e30", "CREDENTIALS",
        "failed to create GCP KMS external connection: error getting credentials from CREDENTIALS: illegal base64 data at input byte 0")]
    [InlineData("gcp-kms:///cmk?AUTH=machine", "AUTH",
        "failed to create GCP KMS external connection: unsupported value machine for AUTH")]
    [InlineData("azure-kms:///key/1?AUTH=implicit&AZURE_VAULT_NAME=vault&INVALIDPARAM=x", "INVALIDPARAM",
        "failed to create Azure KMS external connection: unknown KMS query parameters: INVALIDPARAM")]
    [InlineData("azure-kms:///key/1?AZURE_VAULT_NAME=vault&AZURE_CLIENT_ID=id", "AZURE_CLIENT_SECRET",
        "failed to create Azure KMS external connection: kms explicit auth URI expected but did not receive: AZURE_CLIENT_SECRET, AZURE_TENANT_ID")]
    [InlineData("azure-kms:///key/1?AUTH=implicit", "AZURE_VAULT_NAME",
        "failed to create Azure KMS external connection: kms explicit auth URI expected but did not receive: AZURE_VAULT_NAME")]
    [InlineData("azure-kms:///key/1?AZURE_ACCOUNT_KEY=a2V5&AZURE_VAULT_NAME=vault", "AZURE_ACCOUNT_KEY",
        "failed to create Azure KMS external connection: azure kms requires explicit auth (RBAC) or implicit auth")]
    [InlineData("azure-kms:///key/1?AUTH=implicit&AZURE_VAULT_NAME=vault&AZURE_CLIENT_ID=id", "AZURE_CLIENT_ID",
        "failed to create Azure KMS external connection: kms implicit auth URI does not support: ")]
    [InlineData("azure-kms:///key/1?AUTH=implicit&AZURE_VAULT_NAME=vault&AZURE_ENVIRONMENT=Mars", "AZURE_ENVIRONMENT",
        "failed to create Azure KMS external connection: azure kms environment: autorest/azure: There is no cloud environment matching the name \"MARS\"")]
    public void Kms_parameter_errors(string uri, string parameter, string cause)
    {
        var failure = UriValidation.Rejects(uri);

        Assert.Equal(cause, failure.Cause);
        Assert.Equal(UriFailureKind.InvalidParameter, failure.Kind);
        Assert.Equal(parameter, failure.Parameter);
    }
}

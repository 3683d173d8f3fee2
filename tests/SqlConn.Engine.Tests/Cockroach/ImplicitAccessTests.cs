using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>The URI side of CHECK EXTERNAL CONNECTION's privilege check (spec §3.2).</summary>
public class ImplicitAccessTests
{
    [Theory]
    [InlineData("s3://bucket?AUTH=implicit", "s3", true)]
    [InlineData("s3://bucket?AUTH=specified&AWS_ACCESS_KEY_ID=k&AWS_SECRET_ACCESS_KEY=s", "s3", false)]
    [InlineData("s3://bucket?AWS_ACCESS_KEY_ID=k&AWS_SECRET_ACCESS_KEY=s", "s3", false)]
    [InlineData("s3://bucket?AWS_ACCESS_KEY_ID=k&AWS_SECRET_ACCESS_KEY=s&AWS_ENDPOINT=http://minio:9000", "s3", true)]
    [InlineData("gs://bucket?AUTH=implicit", "gs", true)]
    [InlineData("gs://bucket?BEARER_TOKEN=t", "gs", true)]
    [InlineData("gs://bucket?AUTH=specified&BEARER_TOKEN=t", "gs", false)]
    [InlineData("azure-blob://c?AUTH=implicit&AZURE_ACCOUNT_NAME=a", "azure", true)]
    [InlineData("azure-storage://c?AZURE_ACCOUNT_NAME=a&AZURE_ACCOUNT_KEY=k", "azure", false)]
    [InlineData("azure://c?AUTH=specified&AZURE_ACCOUNT_NAME=a&AZURE_ACCOUNT_KEY=k", "azure", false)]
    [InlineData("nodelocal://1/backups", "nodelocal", true)]
    [InlineData("userfile:///backups", "userfile", false)]
    [InlineData("http://files.example.com/backups", "http", true)]
    [InlineData("https://files.example.com/backups", "http", true)]
    public void Storage_uris_name_their_provider_and_whether_they_use_implicit_access(string uri, string provider, bool implicitAccess)
    {
        var access = Assert.IsType<StorageAccess>(ImplicitAccess.Classify(uri));

        Assert.Equal(provider, access.Provider);
        Assert.Equal(implicitAccess, access.UsesImplicitAccess);
        Assert.Equal(
            $"only users with the admin role or the EXTERNALIOIMPLICITACCESS system privilege are allowed to access the specified {provider} URI",
            access.PrivilegeMessage);
    }

    [Theory]
    [InlineData("external://backup_bucket", "backup_bucket")]
    [InlineData("external://backup_bucket/daily/2024", "backup_bucket")]
    public void External_uris_need_usage_on_the_connection(string uri, string name)
    {
        Assert.Equal(new ExternalConnectionAccess(name), ImplicitAccess.Classify(uri));
    }

    [Theory]
    // Go's URL.String() drops the "//" of an empty authority: the spec quotes this message with the input's "external://".
    [InlineData("external://", "host component of an external URI must refer to an existing External Connection object: external:", UriFailureKind.InvalidLocation)]
    [InlineData("external:///path", "host component of an external URI must refer to an existing External Connection object: external:///path", UriFailureKind.InvalidLocation)]
    [InlineData("kafka://broker:9092", "unsupported storage scheme: \"kafka\" - refer to docs to find supported storage schemes", UriFailureKind.UnknownProvider)]
    [InlineData("aws-kms:///key?REGION=r", "unsupported storage scheme: \"aws-kms\" - refer to docs to find supported storage schemes", UriFailureKind.UnknownProvider)]
    [InlineData("file-https://h/p", "unsupported storage scheme: \"file-https\" - refer to docs to find supported storage schemes", UriFailureKind.UnknownProvider)]
    [InlineData("backups", "unsupported storage scheme: \"\" - refer to docs to find supported storage schemes", UriFailureKind.UnknownProvider)]
    [InlineData("s3://bad host?AUTH=implicit", "parse \"s3://bad host?AUTH=implicit\": invalid character \" \" in host name", UriFailureKind.MalformedUri)]
    public void Other_uris_fail_with_cockroachdbs_message(string uri, string message, UriFailureKind kind)
    {
        Assert.Equal(new AccessCheckFailure(message, kind), ImplicitAccess.Classify(uri));
    }
}

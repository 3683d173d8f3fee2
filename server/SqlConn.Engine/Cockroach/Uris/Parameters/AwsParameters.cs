namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>Parameters of Amazon S3 and AWS KMS URIs.</summary>
public static class AwsParameters
{
    public static readonly UriParameter AccessKeyId = new("AWS_ACCESS_KEY_ID", "Access key ID of the IAM user")
    {
        Requirement = ParameterRequirement.WhenAuthSpecified,
    };

    public static readonly UriParameter SecretAccessKey = new("AWS_SECRET_ACCESS_KEY", "Secret access key of the IAM user (a '+' must be written %2B)")
    {
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.WhenAuthSpecified,
    };

    public static readonly UriParameter SessionToken = new("AWS_SESSION_TOKEN", "Session token of temporary credentials")
    {
        Sensitivity = Sensitivity.Redacted,
    };

    public static readonly UriParameter Endpoint = new("AWS_ENDPOINT", "Custom endpoint of an S3-compatible service; the node's own network is then used, so it counts as implicit access");

    public static readonly UriParameter Region = new("AWS_REGION", "Region of the bucket");

    public static readonly UriParameter UsePathStyle = new("AWS_USE_PATH_STYLE", "Address the bucket in the path instead of the host name")
    {
        Kind = ParameterValueKind.Boolean,
        Default = "false",
    };

    public static readonly UriParameter ServerKmsId = new("AWS_SERVER_KMS_ID", "ID of the KMS key used for server-side encryption")
    {
        Requirement = ParameterRequirement.When("AWS_SERVER_ENC_MODE=aws:kms"),
    };

    public static readonly UriParameter ServerEncryptionMode = new("AWS_SERVER_ENC_MODE", "Server-side encryption of written objects")
    {
        Kind = ParameterValueKind.Enum,
        AllowedValues =
        [
            new("aws:kms", "encrypt with the KMS key in AWS_SERVER_KMS_ID") { Requires = ["AWS_SERVER_KMS_ID"] },
            new("AES256", "encrypt with keys managed by S3"),
        ],
    };

    public static readonly UriParameter StorageClass = new("S3_STORAGE_CLASS", "Storage class of written objects, e.g. STANDARD, INTELLIGENT_TIERING");

    public static readonly UriParameter AssumeRole = new("ASSUME_ROLE", "Role ARN to assume, or a comma-separated chain; an element may add ;external_id=... (written %3B)");

    /// <summary>AWS KMS names its region parameter REGION, not AWS_REGION.</summary>
    public static readonly UriParameter KmsRegion = new("REGION", "Region of the KMS key")
    {
        Requirement = ParameterRequirement.Always,
    };
}

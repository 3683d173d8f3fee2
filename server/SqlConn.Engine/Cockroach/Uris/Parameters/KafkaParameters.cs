using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>SASL parameters of Kafka sinks and the credentials of managed Kafka services.</summary>
public static class KafkaParameters
{
    /// <summary>The SASL mechanism that alone accepts the OAuth parameters.</summary>
    public const string OAuthMechanism = "OAUTHBEARER";

    public static readonly UriParameter SaslEnabled = new("sasl_enabled", "Authenticate with SASL")
    {
        Kind = ParameterValueKind.Boolean,
        Default = "false",
    };

    public static readonly UriParameter SaslHandshake = new("sasl_handshake", "Send the SASL handshake (needs sasl_enabled=true)")
    {
        Kind = ParameterValueKind.Boolean,
        Default = "true",
    };

    public static readonly UriParameter SaslMechanism = new("sasl_mechanism", "SASL mechanism (needs sasl_enabled=true)")
    {
        Kind = ParameterValueKind.Enum,
        Default = "PLAIN",
        AllowedValues =
        [
            new("PLAIN", "user name and password sent as they are (use with TLS)") { Requires = ["sasl_user", "sasl_password"] },
            new("SCRAM-SHA-256", "salted challenge-response with SHA-256") { Requires = ["sasl_user", "sasl_password"] },
            new("SCRAM-SHA-512", "salted challenge-response with SHA-512") { Requires = ["sasl_user", "sasl_password"] },
            new(OAuthMechanism, "OAuth 2.0 client credentials") { Requires = ["sasl_client_id", "sasl_client_secret", "sasl_token_url"] },
            new("AWS_MSK_IAM", "IAM authentication of Amazon MSK") { Requires = ["sasl_aws_region", "sasl_aws_iam_role_arn", "sasl_aws_iam_session_name"] },
        ],
    };

    public static readonly UriParameter SaslUser = new("sasl_user", "SASL user name") { Requirement = RequiredByMechanism("sasl_user") };

    public static readonly UriParameter SaslPassword = new("sasl_password", "SASL password")
    {
        Sensitivity = Sensitivity.Redacted,
        Requirement = RequiredByMechanism("sasl_password"),
    };

    public static readonly UriParameter SaslClientId = new("sasl_client_id", "OAuth client ID") { Requirement = RequiredByMechanism("sasl_client_id") };

    public static readonly UriParameter SaslClientSecret = new("sasl_client_secret", "Base64-encoded OAuth client secret")
    {
        Kind = ParameterValueKind.Base64,
        Sensitivity = Sensitivity.RedactedBySqlConn,
        Requirement = RequiredByMechanism("sasl_client_secret"),
    };

    public static readonly UriParameter SaslTokenUrl = new("sasl_token_url", "Token endpoint of the OAuth provider") { Requirement = RequiredByMechanism("sasl_token_url") };

    public static readonly UriParameter SaslGrantType = new("sasl_grant_type", "OAuth grant type, when not client_credentials (OAUTHBEARER only)");

    public static readonly UriParameter SaslScopes = new("sasl_scopes", "OAuth scope; repeat the parameter for several (OAUTHBEARER only)");

    public static readonly UriParameter SaslAwsIamRoleArn = new("sasl_aws_iam_role_arn", "IAM role to assume for MSK") { Requirement = RequiredByMechanism("sasl_aws_iam_role_arn") };

    public static readonly UriParameter SaslAwsRegion = new("sasl_aws_region", "Region of the MSK cluster") { Requirement = RequiredByMechanism("sasl_aws_region") };

    public static readonly UriParameter SaslAwsIamSessionName = new("sasl_aws_iam_session_name", "Session name of the assumed role")
    {
        Requirement = RequiredByMechanism("sasl_aws_iam_session_name"),
    };

    /// <summary>Parameters that make sense only with sasl_enabled=true, in the order CockroachDB checks them.</summary>
    public static readonly ImmutableArray<UriParameter> SaslOnly =
    [
        SaslUser, SaslPassword, SaslClientId, SaslClientSecret, SaslTokenUrl, SaslGrantType, SaslScopes,
        SaslAwsIamRoleArn, SaslAwsRegion, SaslAwsIamSessionName,
    ];

    /// <summary>Parameters valid only with sasl_mechanism=OAUTHBEARER, in the order CockroachDB checks them.</summary>
    public static readonly ImmutableArray<UriParameter> OAuthOnly = [SaslClientId, SaslClientSecret, SaslTokenUrl, SaslGrantType, SaslScopes];

    public static readonly UriParameter ApiKey = new("api_key", "API key of the Confluent Cloud cluster (sent as the SASL user)")
    {
        Requirement = ParameterRequirement.Always,
    };

    public static readonly UriParameter ApiSecret = new("api_secret", "API secret of the Confluent Cloud cluster (sent as the SASL password)")
    {
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.Always,
    };

    public static readonly UriParameter SharedAccessKeyName = new("shared_access_key_name", "Name of the Event Hubs shared access policy")
    {
        Requirement = ParameterRequirement.Always,
    };

    public static readonly UriParameter SharedAccessKey = new("shared_access_key", "Key of the Event Hubs shared access policy")
    {
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.Always,
    };

    /// <summary>"required when sasl_enabled=true and sasl_mechanism=A or B", from the mechanisms' own lists.</summary>
    private static ParameterRequirement RequiredByMechanism(string name) => ParameterRequirement.When(
        "sasl_enabled=true and sasl_mechanism="
        + string.Join(" or ", SaslMechanism.AllowedValues.Where(v => v.Requires.Contains(name)).Select(v => v.Value)));
}

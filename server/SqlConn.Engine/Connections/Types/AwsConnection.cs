using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>AWS (spec §3.3): role assumption, or (deprecated) access-key credentials.</summary>
internal static class AwsConnection
{
    private static readonly string[] CredentialOptions = ["ACCESS KEY ID", "SECRET ACCESS KEY", "SESSION TOKEN"];

    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.Aws,
        "aws",
        ValidatedByDefault: false,
        "Access to an IAM role or user in your AWS account (for S3 exports and Amazon MSK IAM authentication).",
        [
            Conditional("ACCESS KEY ID", "The access key ID to connect with. Triggers credentials-based authentication (deprecated).",
                "Requires SECRET ACCESS KEY; excludes ASSUME ROLE ARN."),
            Conditional("ASSUME ROLE ARN", "The ARN of the IAM role to assume. Triggers role assumption-based authentication.",
                "Excludes ACCESS KEY ID."),
            Optional("ASSUME ROLE SESSION NAME", "The session name to use when assuming the role.", "Only with ASSUME ROLE ARN."),
            Optional("ENDPOINT", "Advanced: overrides the default AWS endpoint URL, e.g. for S3-compatible services like MinIO.",
                "An empty string means unset."),
            Optional("REGION", "The AWS region to connect to."),
            Conditional("SECRET ACCESS KEY", "The secret access key corresponding to ACCESS KEY ID.", "Required and only valid with ACCESS KEY ID."),
            Optional("SESSION TOKEN", "The session token corresponding to ACCESS KEY ID.", "Only with ACCESS KEY ID and SECRET ACCESS KEY."),
        ],
        [
            new CustomRule("ACCESS KEY ID and SECRET ACCESS KEY go together, with an optional SESSION TOKEN", c =>
            {
                if (CredentialOptions.FirstOrDefault(c.Has) is { } present && !(c.Has("ACCESS KEY ID") && c.Has("SECRET ACCESS KEY")))
                {
                    c.Fail(ConnectionDiagnostics.MissingOption, "must specify both ACCESS KEY ID and SECRET ACCESS KEY with optional SESSION TOKEN", present);
                }
            }),
            new RequiresRule("ASSUME ROLE SESSION NAME", "ASSUME ROLE ARN", "must specify ASSUME ROLE ARN with optional ASSUME ROLE SESSION NAME"),
            new CustomRule("one of ASSUME ROLE ARN or ACCESS KEY ID is required", c =>
            {
                if (!c.Has("ACCESS KEY ID") && !c.Has("ASSUME ROLE ARN"))
                {
                    c.FailAtType(ConnectionDiagnostics.MissingOption, "must specify either ASSUME ROLE ARN or ACCESS KEY ID and SECRET ACCESS KEY",
                        "role assumption is recommended: ASSUME ROLE ARN = 'arn:aws:iam::<account>:role/<role>'");
                }
            }),
            new CustomRule("ACCESS KEY ID and ASSUME ROLE ARN exclude each other", c =>
            {
                if (c.Has("ACCESS KEY ID") && c.Has("ASSUME ROLE ARN"))
                {
                    c.Fail(ConnectionDiagnostics.ConflictingOptions, "cannot specify both ACCESS KEY ID and ASSUME ROLE ARN", "ASSUME ROLE ARN");
                }
            }),
            new AdviceRule("credentials-based authentication is deprecated", c =>
            {
                if (c.Has("ACCESS KEY ID"))
                {
                    c.Warn(PreviewDiagnostics.DeprecatedAwsCredentials, "credentials-based authentication of AWS connections is deprecated", "ACCESS KEY ID",
                        "AWS strongly encourages role assumption: use ASSUME ROLE ARN");
                }
            }),
        ]);
}

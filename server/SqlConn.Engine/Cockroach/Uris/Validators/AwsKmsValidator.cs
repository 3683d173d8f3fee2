using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>aws-kms:///{key ID or ARN}</c>, in the order of CockroachDB's <c>MakeAWSKMS</c>: unknown parameters,
/// REGION, then AUTH and its credentials. The key itself is only known to AWS (checked by the round trip).
/// </summary>
internal sealed class AwsKmsValidator : ISchemeValidator
{
    public static AwsKmsValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (!KmsUri.TryReparse(uri, keyPathRequired: false, out var kms, out var failure))
        {
            return failure;
        }

        if (kms.UnknownParameters() is [_, ..] unknown)
        {
            return KmsUri.Unknown(unknown);
        }

        return kms.Get(AwsParameters.KmsRegion).Length == 0
            ? SchemeUri.Parameter(AwsParameters.KmsRegion, $"aws kms {AwsParameters.KmsRegion.Name} parameter not specified")
            : AwsCredentials.Check(kms);
    }
}

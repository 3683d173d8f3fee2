using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// The AUTH rule of AWS URIs (S3 and AWS KMS): with AUTH absent or <c>specified</c>, every parameter the
/// row marks <see cref="ParameterRequirement.WhenAuthSpecified"/> must be set, in row order; <c>implicit</c>
/// needs nothing; any other value is rejected.
/// </summary>
internal static class AwsCredentials
{
    public static UriValidationFailure? Check(SchemeUri uri)
    {
        var auth = uri.Get(CommonParameters.Auth);
        switch (auth)
        {
            case "" or "specified":
                var missing = uri.Scheme.Parameters.FirstOrDefault(p =>
                    p.Requirement == ParameterRequirement.WhenAuthSpecified && uri.Get(p).Length == 0);
                return missing is null ? null : SchemeUri.Parameter(missing, $"AUTH is set to 'specified', but {missing.Name} is not set");
            case "implicit":
                return null;
            default:
                return SchemeUri.UnsupportedAuth(auth);
        }
    }
}

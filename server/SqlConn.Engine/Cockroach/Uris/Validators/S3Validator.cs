using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>s3://{bucket}/{path}</c>, in the order of CockroachDB's <c>parseS3URL</c>: bucket, AWS_USE_PATH_STYLE,
/// unknown parameters, AUTH and its credentials, server-side encryption.
/// </summary>
internal sealed class S3Validator : ISchemeValidator
{
    public static S3Validator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (uri.Url.Host.Length == 0)
        {
            return SchemeUri.Location("empty host component; s3 URI must specify a target bucket");
        }

        var pathStyle = uri.Get(AwsParameters.UsePathStyle);
        if (pathStyle.Length > 0 && !GoStrconv.TryParseBool(pathStyle, out _))
        {
            return SchemeUri.Parameter(AwsParameters.UsePathStyle, $"cannot parse {AwsParameters.UsePathStyle.Name} as bool: {GoStrconv.ParseBoolError(pathStyle)}");
        }

        if (uri.UnknownParameters() is [_, ..] unknown)
        {
            return SchemeUri.Unknown(unknown, $"unknown S3 query parameters: {string.Join(", ", unknown)}");
        }

        return AwsCredentials.Check(uri) ?? CheckEncryption(uri);
    }

    private static UriValidationFailure? CheckEncryption(SchemeUri uri)
    {
        var parameter = AwsParameters.ServerEncryptionMode;
        var mode = uri.Get(parameter);
        if (mode.Length == 0)
        {
            return null;
        }

        if (parameter.FindValue(mode) is not { } allowed)
        {
            var supported = string.Join(" and ", parameter.AllowedValues.Select(v => $"`{v.Value}`"));
            return SchemeUri.Parameter(parameter, $"unsupported server encryption mode {SchemeUri.Echo(parameter, mode)}. Supported values are {supported}.");
        }

        var missing = allowed.Requires.FirstOrDefault(name => uri.Query.Get(name).Length == 0);
        return missing is null
            ? null
            : SchemeUri.Parameter(missing, $"{missing} param must be set when using {allowed.Value} server side encryption mode.");
    }
}

using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary><c>gcp-kms:///{customer managed key}</c>: the key path, unknown parameters, then AUTH and its credentials.</summary>
internal sealed class GcpKmsValidator : ISchemeValidator
{
    public static GcpKmsValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (!KmsUri.TryReparse(uri, keyPathRequired: true, out var kms, out var failure))
        {
            return failure;
        }

        if (kms.UnknownParameters() is [_, ..] unknown)
        {
            return KmsUri.Unknown(unknown);
        }

        return kms.Get(CommonParameters.Auth) switch
        {
            "" or "specified" => GcpCredentials.CheckSpecified(kms),
            "implicit" => null,
            var auth => SchemeUri.UnsupportedAuth(auth),
        };
    }
}

using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>gs://{bucket}/{path}</c>: unknown parameters, then the credentials. Faithful to CockroachDB, an
/// AUTH value other than <c>implicit</c> (even a misspelt one) means specified credentials, and an empty
/// bucket is not rejected here.
/// </summary>
internal sealed class GsValidator : ISchemeValidator
{
    public static GsValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (uri.UnknownParameters() is [_, ..] unknown)
        {
            return SchemeUri.Unknown(unknown, $"unknown GS query parameters: {string.Join(", ", unknown)}");
        }

        return uri.Get(CommonParameters.Auth) == "implicit" ? null : GcpCredentials.CheckSpecified(uri);
    }
}

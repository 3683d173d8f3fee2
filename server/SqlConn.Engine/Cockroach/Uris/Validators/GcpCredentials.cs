using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// Specified authentication of Google Cloud Storage and Cloud KMS: CREDENTIALS (base64, checked) wins,
/// else BEARER_TOKEN, else an error. The decoded key's JSON is read by Google's client library, whose
/// error texts were not recorded, so it is not checked here.
/// </summary>
internal static class GcpCredentials
{
    public static UriValidationFailure? CheckSpecified(SchemeUri uri)
    {
        var credentials = uri.Get(GcpParameters.Credentials);
        if (credentials.Length > 0)
        {
            return GoBase64.TryDecode(credentials, out _, out var error)
                ? null
                : SchemeUri.Parameter(GcpParameters.Credentials, $"error getting credentials from {GcpParameters.Credentials.Name}: {error}");
        }

        return uri.Get(GcpParameters.BearerToken).Length > 0
            ? null
            : SchemeUri.Parameter(GcpParameters.Credentials,
                $"{GcpParameters.Credentials.Name} or {GcpParameters.BearerToken.Name} must be set if {GoStrconv.Quote(CommonParameters.Auth.Name)} is {GoStrconv.Quote("specified")}");
    }
}

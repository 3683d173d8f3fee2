using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>webhook-https://{host}/{path}</c>: the TLS parameters must be readable; every other query parameter
/// belongs to the endpoint and is sent along. <c>webhook-http</c> is accepted by the scheme table but
/// always refused by the sink.
/// </summary>
internal sealed class WebhookValidator(bool secure) : ISchemeValidator
{
    public static WebhookValidator Https { get; } = new(secure: true);

    public static WebhookValidator Http { get; } = new(secure: false);

    public UriValidationFailure? Validate(SchemeUri uri) => !secure
        ? SchemeUri.Location("this sink requires https")
        : SinkValues.Bool(uri, SinkParameters.InsecureTlsSkipVerify, out _, out _)
          ?? SinkValues.Base64(uri, SinkParameters.CaCert, out _)
          ?? SinkValues.Base64(uri, SinkParameters.ClientCert, out _)
          ?? SinkValues.Base64(uri, SinkParameters.ClientKey, out _);
}

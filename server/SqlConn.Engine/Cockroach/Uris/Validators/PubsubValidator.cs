using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>gcpubsub://{project}?region=...</c>: project, region, then credentials unless AUTH=implicit (any
/// other AUTH value, like <c>default</c>, means specified). Other parameters are not checked by the sink.
/// </summary>
internal sealed class PubsubValidator : ISchemeValidator
{
    public static PubsubValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (uri.Url.Host.Length == 0)
        {
            return SchemeUri.Location("missing project name");
        }

        if (uri.Get(SinkParameters.Region).Length == 0)
        {
            return SchemeUri.Parameter(SinkParameters.Region, $"{SinkParameters.Region.Name} query parameter not found");
        }

        if (uri.Get(CommonParameters.Auth) == "implicit")
        {
            return null;
        }

        return uri.Get(GcpParameters.Credentials).Length == 0
            ? SchemeUri.Parameter(GcpParameters.Credentials, "missing credentials parameter")
            : SinkValues.Base64(uri, GcpParameters.Credentials, out _, "decoding credentials json: ");
    }
}

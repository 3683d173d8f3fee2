using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>nodelocal://{node ID|self}/{path}</c>: the host must be a node ID (Go's <c>strconv.Atoi</c>) or
/// <c>self</c>. Query parameters are not checked (an upstream TODO), so none is unknown.
/// </summary>
internal sealed class NodelocalValidator : ISchemeValidator
{
    public static NodelocalValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        var host = uri.Url.Host;
        if (host.Length == 0)
        {
            return Invalid("host component of nodelocal URI must be a node ID (use 'self' to specify each node should access its own local filesystem): ", uri);
        }

        return host == "self" || GoStrconv.IsAtoi(host) ? null : Invalid("host component of nodelocal URI must be a node ID: ", uri);
    }

    private static UriValidationFailure Invalid(string reason, SchemeUri uri) =>
        SchemeUri.Location("invalid `nodelocal` URI: " + reason + UriMasking.Mask(uri.Url));
}

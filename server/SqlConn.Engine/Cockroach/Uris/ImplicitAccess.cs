using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// CockroachDB's <c>CheckDestinationPrivileges</c> for one URI, without the privileges: which provider the
/// URI names and whether it uses the node's implicit access (<c>AccessIsWithExplicitAuth</c> negated): AUTH=implicit,
/// and also nodelocal, http(s), S3 with AWS_ENDPOINT and gs without AUTH=specified. Admins skip the check
/// entirely, the URI unread. Parameter errors of the URI are not reported here: the storage test reports them.
/// </summary>
public static class ImplicitAccess
{
    /// <summary>The scheme of URIs that name an external connection.</summary>
    public const string ExternalConnectionScheme = "external";

    public static ImplicitAccessResult Classify(string uri)
    {
        if (!GoUrlParser.TryParse(uri, out var url, out var error))
        {
            return new AccessCheckFailure(UriMasking.ParseError(error, uri), UriFailureKind.MalformedUri);
        }

        if (url.Scheme == ExternalConnectionScheme)
        {
            return url.Host.Length > 0
                ? new ExternalConnectionAccess(url.Host)
                : new AccessCheckFailure(
                    $"host component of an external URI must refer to an existing External Connection object: {UriMasking.Mask(url)}", UriFailureKind.InvalidLocation);
        }

        if (UriSchemes.Find(url.Scheme)?.Storage is not { } storage)
        {
            return new AccessCheckFailure(
                $"unsupported storage scheme: {GoStrconv.Quote(url.Scheme)} - refer to docs to find supported storage schemes", UriFailureKind.UnknownProvider);
        }

        var query = url.Query();
        var auth = query.Get(CommonParameters.Auth.Name);
        var implicitAccess = storage.ImplicitAccess switch
        {
            ImplicitAccessRule.Always => true,
            ImplicitAccessRule.UnlessAuthSpecified => auth != "specified",
            ImplicitAccessRule.WhenAuthImplicit => auth == "implicit",
            ImplicitAccessRule.WhenAuthImplicitOrCustomEndpoint => auth == "implicit" || query.Get(AwsParameters.Endpoint.Name).Length > 0,
            _ => false,
        };
        return new StorageAccess(storage.Name, implicitAccess);
    }
}

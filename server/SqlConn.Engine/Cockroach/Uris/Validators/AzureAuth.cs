using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>CockroachDB's <c>AzureAuth</c>: an account key (legacy), a service principal (explicit) or the node's identity.</summary>
internal enum AzureAuthMethod
{
    Legacy,
    Explicit,
    Implicit,
}

/// <summary>The rules Azure Storage and Azure KMS share: choosing the auth method and naming the cloud.</summary>
internal static class AzureAuth
{
    /// <summary>AUTH absent or specified: legacy when AZURE_ACCOUNT_KEY is set, else explicit; implicit; or an error.</summary>
    public static UriValidationFailure? Method(SchemeUri uri, out AzureAuthMethod method)
    {
        var auth = uri.Get(CommonParameters.Auth);
        method = auth switch
        {
            "" or "specified" => uri.Get(AzureParameters.AccountKey).Length > 0 ? AzureAuthMethod.Legacy : AzureAuthMethod.Explicit,
            _ => AzureAuthMethod.Implicit,
        };
        return auth is "" or "specified" or "implicit" ? null : SchemeUri.UnsupportedAuth(auth);
    }

    /// <summary>
    /// go-autorest's <c>EnvironmentFromName</c>, case-insensitive over the parameter's allowed values
    /// (AzureStackCloud is read from a file on the node: accepted here).
    /// </summary>
    public static UriValidationFailure? CheckEnvironment(SchemeUri uri, string context)
    {
        var parameter = AzureParameters.Environment;
        var name = uri.Get(parameter);
        if (name.Length == 0 || parameter.AllowedValues.Any(v => string.Equals(v.Value, name, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var shown = SchemeUri.Echo(parameter, name.ToUpperInvariant());
        return SchemeUri.Parameter(parameter, $"{context}: autorest/azure: There is no cloud environment matching the name {GoStrconv.Quote(shown)}");
    }
}

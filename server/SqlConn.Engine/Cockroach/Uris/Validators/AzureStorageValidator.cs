using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>azure-blob://{container}/{path}</c> (also <c>azure</c>, <c>azure-storage</c>), in the order of
/// CockroachDB's <c>parseAzureURL</c>: AUTH, unknown parameters, account name, exactly one credential
/// method, then the cloud environment (read when the client is built).
/// </summary>
internal sealed class AzureStorageValidator : ISchemeValidator
{
    public static AzureStorageValidator Instance { get; } = new();

    private static readonly UriParameter[] PrincipalParameters = [AzureParameters.TenantId, AzureParameters.ClientId, AzureParameters.ClientSecret];

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (AzureAuth.Method(uri, out var method) is { } unsupported)
        {
            return unsupported;
        }

        if (uri.UnknownParameters() is [_, ..] unknown)
        {
            return SchemeUri.Unknown(unknown, $"unknown azure query parameters: {string.Join(", ", unknown)}");
        }

        if (uri.Get(AzureParameters.AccountName).Length == 0)
        {
            return SchemeUri.Parameter(AzureParameters.AccountName, $"azure uri missing {GoStrconv.Quote(AzureParameters.AccountName.Name)} parameter");
        }

        return CheckCredentials(uri, method) ?? AzureAuth.CheckEnvironment(uri, "azure environment");
    }

    private static UriValidationFailure? CheckCredentials(SchemeUri uri, AzureAuthMethod method)
    {
        // Legacy means the account key is set, explicit that it is not: each then needs the principal all absent, or all present.
        switch (method)
        {
            case AzureAuthMethod.Legacy when PrincipalParameters.Any(p => uri.Get(p).Length > 0):
            case AzureAuthMethod.Explicit when PrincipalParameters.Any(p => uri.Get(p).Length == 0):
                var principal = string.Join(", ", PrincipalParameters[..^1].Select(p => GoStrconv.Quote(p.Name)))
                    + ", and " + GoStrconv.Quote(PrincipalParameters[^1].Name);
                return SchemeUri.Parameter(AzureParameters.AccountKey,
                    $"explicit azure uri requires exactly one authentication method: {GoStrconv.Quote(AzureParameters.AccountKey.Name)} OR all three of {principal}");
            case AzureAuthMethod.Implicit:
                // The spec marks the suffix [unverified]: CockroachDB joins the offending names with ", ".
                UriParameter[] credentials = [AzureParameters.AccountKey, .. PrincipalParameters];
                var given = credentials.Where(p => uri.Get(p).Length > 0).Select(p => p.Name).ToArray();
                return given.Length == 0
                    ? null
                    : SchemeUri.Parameter(given[0], $"implicit azure auth does not support uri param {string.Join(", ", given)}");
            default:
                return null;
        }
    }
}

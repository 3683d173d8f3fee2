using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>azure-kms:///{key}/{version}</c>, in the order of CockroachDB's <c>MakeAzureKMS</c>: key path, AUTH
/// (explicit or implicit only), unknown parameters, missing then superfluous parameters, environment,
/// and the key's id/version form.
/// </summary>
internal sealed class AzureKmsValidator : ISchemeValidator
{
    public static AzureKmsValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (!KmsUri.TryReparse(uri, keyPathRequired: true, out var kms, out var failure))
        {
            return failure;
        }

        if (AzureAuth.Method(kms, out var method) is { } unsupported)
        {
            return unsupported;
        }

        if (method == AzureAuthMethod.Legacy)
        {
            return SchemeUri.Parameter(AzureParameters.AccountKey, "azure kms requires explicit auth (RBAC) or implicit auth");
        }

        if (kms.UnknownParameters() is [_, ..] unknown)
        {
            return KmsUri.Unknown(unknown);
        }

        return CheckPresence(kms, method)
               ?? AzureAuth.CheckEnvironment(kms, "azure kms environment")
               ?? CheckKeyForm(kms);
    }

    private static UriValidationFailure? CheckPresence(SchemeUri uri, AzureAuthMethod method)
    {
        var parameters = uri.Scheme.Parameters;
        var principal = parameters.Where(p => p.Requirement == ParameterRequirement.WhenAuthSpecified).ToArray();
        var missing = parameters.Where(p => p.Requirement == ParameterRequirement.Always)
            .Concat(method == AzureAuthMethod.Explicit ? principal : [])
            .Where(p => uri.Get(p).Length == 0)
            .Select(p => p.Name)
            .ToArray();
        if (missing.Length > 0)
        {
            // The spec records this text only as "kms URI expected but did not receive: AZURE_VAULT_NAME, ..."
            // [unverified]; the wording below is the one read in CockroachDB's azure_kms.go.
            return SchemeUri.Parameter(missing[0], $"kms explicit auth URI expected but did not receive: {string.Join(", ", missing)}");
        }

        // CockroachDB lists its (empty) list of missing parameters here instead of the superfluous ones,
        // so the message ends after the colon. Reproduced as the database prints it.
        var superfluous = method == AzureAuthMethod.Implicit ? principal.FirstOrDefault(p => uri.Get(p).Length > 0) : null;
        return superfluous is null ? null : SchemeUri.Parameter(superfluous, "kms implicit auth URI does not support: ");
    }

    private static UriValidationFailure? CheckKeyForm(SchemeUri uri)
    {
        var path = uri.Url.Path;
        var key = path.StartsWith('/') ? path[1..] : path;
        return key.Split('/').Length == 2 ? null : SchemeUri.Location("azure kms key must be of form 'id/version'");
    }
}

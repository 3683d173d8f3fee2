namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>Parameters of Azure Blob Storage and Azure Key Vault URIs.</summary>
public static class AzureParameters
{
    public static readonly UriParameter AccountName = new("AZURE_ACCOUNT_NAME", "Name of the storage account")
    {
        Requirement = ParameterRequirement.Always,
    };

    public static readonly UriParameter AccountKey = new("AZURE_ACCOUNT_KEY", "Access key of the storage account")
    {
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.When("AUTH=specified (the default) and AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_TENANT_ID are not given"),
    };

    public static readonly UriParameter Environment = new("AZURE_ENVIRONMENT", "Azure cloud of the account (case-insensitive)")
    {
        Kind = ParameterValueKind.Enum,
        Default = "AzurePublicCloud",
        AllowedValues =
        [
            new("AzurePublicCloud", "the global Azure cloud"),
            new("AzureUSGovernmentCloud", "Azure Government"),
            new("AzureChinaCloud", "Azure China"),
            new("AzureGermanCloud", "Azure Germany"),
            new("AzureCloud", "alias of AzurePublicCloud"),
            new("AzureUSGovernment", "alias of AzureUSGovernmentCloud"),
            new("AzureStackCloud", "Azure Stack, described by the file the node's AZURE_ENVIRONMENT_FILEPATH names"),
        ],
    };

    public static readonly UriParameter ClientId = new("AZURE_CLIENT_ID", "Client (application) ID of a service principal")
    {
        Requirement = ParameterRequirement.When("AUTH=specified (the default) and AZURE_ACCOUNT_KEY is not given"),
    };

    public static readonly UriParameter ClientSecret = new("AZURE_CLIENT_SECRET", "Client secret of the service principal")
    {
        Sensitivity = Sensitivity.RedactedBySqlConn,
        Requirement = ClientId.Requirement,
    };

    public static readonly UriParameter TenantId = new("AZURE_TENANT_ID", "Microsoft Entra tenant of the service principal")
    {
        Requirement = ClientId.Requirement,
    };

    public static readonly UriParameter VaultName = new("AZURE_VAULT_NAME", "Name of the key vault")
    {
        Requirement = ParameterRequirement.Always,
    };
}

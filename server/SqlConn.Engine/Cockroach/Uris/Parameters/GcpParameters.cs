namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>Parameters of Google Cloud Storage, Cloud KMS and Pub/Sub URIs.</summary>
public static class GcpParameters
{
    public static readonly UriParameter Credentials = new("CREDENTIALS", "Base64-encoded JSON key of a service account")
    {
        Kind = ParameterValueKind.Base64,
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.When("AUTH=specified (the default) and BEARER_TOKEN is not given"),
    };

    public static readonly UriParameter BearerToken = new("BEARER_TOKEN", "Temporary OAuth access token; it is never refreshed")
    {
        Sensitivity = Sensitivity.Redacted,
        Requirement = ParameterRequirement.When("AUTH=specified (the default) and CREDENTIALS is not given"),
    };

    public static readonly UriParameter BillingProject = new("GOOGLE_BILLING_PROJECT", "Project billed for requester-pays buckets");

    public static readonly UriParameter AssumeRole = new("ASSUME_ROLE", "Service account e-mail to impersonate, or a comma-separated chain of them");
}

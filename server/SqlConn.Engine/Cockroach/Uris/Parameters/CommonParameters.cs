namespace SqlConn.Engine.Cockroach.Uris.Parameters;

/// <summary>Parameters shared by providers of different clouds.</summary>
public static class CommonParameters
{
    public static readonly UriParameter Auth = new("AUTH", "How the node authenticates: with the credentials in the URI, or with its own environment")
    {
        Kind = ParameterValueKind.Enum,
        Default = "specified",
        AllowedValues =
        [
            new("specified", "use the credentials given in the URI"),
            new("implicit", "use the node's environment (instance role, workload identity); needs EXTERNALIOIMPLICITACCESS to use"),
        ],
    };

    /// <summary>Accepted by every storage URI and ignored by every unknown-parameter check.</summary>
    public static readonly UriParameter Locality = new("COCKROACH_LOCALITY", "Locality tier this location serves in a locality-aware backup, e.g. region=us-east1, or 'default'");
}

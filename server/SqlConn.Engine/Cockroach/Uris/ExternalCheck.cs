namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// The check CockroachDB runs against the external system after the URI's parameters are valid, at
/// CREATE and ALTER EXTERNAL CONNECTION (spec §4.1). It needs the network, so the simulator never runs it.
/// </summary>
public enum ExternalCheck
{
    /// <summary>Nothing beyond parameter validation (changefeed sinks build a canary sink offline).</summary>
    None,

    /// <summary>Storage: write, list and read back the object <c>crdb_external_storage_location</c>.</summary>
    WriteSentinelObject,

    /// <summary>KMS: encrypt and decrypt a marker value with the key.</summary>
    KmsRoundTrip,

    /// <summary>PostgreSQL URIs (physical cluster replication): connect to the source cluster.</summary>
    ConnectToSourceCluster,
}

public static class ExternalCheckExtensions
{
    /// <summary>What CockroachDB would do, as a phrase: "write, list and read back ...".</summary>
    public static string Describe(this ExternalCheck check) => check switch
    {
        ExternalCheck.None => "no check beyond the URI's parameters",
        ExternalCheck.WriteSentinelObject => "write, list and read back the object crdb_external_storage_location",
        ExternalCheck.KmsRoundTrip => "encrypt and decrypt a marker value with the key",
        ExternalCheck.ConnectToSourceCluster => "connect to the source cluster",
        _ => throw new ArgumentOutOfRangeException(nameof(check)),
    };

    /// <summary>The notice for a statement whose check was skipped, or null when there is nothing to skip.</summary>
    public static string? NotPerformedNotice(this ExternalCheck check) =>
        check == ExternalCheck.None ? null : $"CockroachDB would now {check.Describe()}; not performed in simulation";
}

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// When a storage URI counts as using the node's implicit access (CockroachDB's
/// <c>AccessIsWithExplicitAuth</c>), which CHECK EXTERNAL CONNECTION guards with EXTERNALIOIMPLICITACCESS.
/// </summary>
public enum ImplicitAccessRule
{
    /// <summary>Never: userfile checks grants on its own table.</summary>
    Never,

    /// <summary>Always: the node's file system (nodelocal) or network (http).</summary>
    Always,

    /// <summary>Unless AUTH is exactly <c>specified</c> (gs: an absent AUTH is implicit).</summary>
    UnlessAuthSpecified,

    /// <summary>When AUTH=implicit (Azure).</summary>
    WhenAuthImplicit,

    /// <summary>When AUTH=implicit or AWS_ENDPOINT is set: a custom endpoint may be reachable only from the node (S3).</summary>
    WhenAuthImplicitOrCustomEndpoint,
}

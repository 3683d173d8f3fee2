namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// The step of CREATE/ALTER EXTERNAL CONNECTION that fails, which decides the wrapper CockroachDB puts
/// before <see cref="UriValidationFailure.Cause"/> (spec §4.1).
/// </summary>
public enum UriFailureStage
{
    /// <summary>Step 4: <c>failed to log and sanitize External Connection: </c> (ALTER: <c>santitize</c>, sic).</summary>
    Sanitize,

    /// <summary>Step 5: <c>failed to construct External Connection details: </c>.</summary>
    ConstructDetails,
}

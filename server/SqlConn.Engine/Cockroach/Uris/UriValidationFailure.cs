namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>What is wrong with an external connection URI; each kind has its own diagnostic code.</summary>
public enum UriFailureKind
{
    /// <summary>No external connection provider has the URI's scheme (this includes <c>external://</c>).</summary>
    UnknownProvider,

    /// <summary>Go's URL parser rejects the text.</summary>
    MalformedUri,

    /// <summary>An unknown, missing or invalid query parameter.</summary>
    InvalidParameter,

    /// <summary>The host or path does not name what the scheme needs (bucket, node ID, key, project...).</summary>
    InvalidLocation,
}

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

/// <summary>
/// Why a URI was rejected. <see cref="Cause"/> is CockroachDB's text after the stage's wrapper; it never
/// contains the value of a sensitive parameter or a password. <see cref="Parameter"/> names the query
/// parameter at fault, when there is one, so that a diagnostic can sit on it.
/// </summary>
public sealed record UriValidationFailure(UriFailureKind Kind, UriFailureStage Stage, string Cause, string? Parameter = null)
{
    /// <summary>The wrapper CockroachDB puts before <see cref="Cause"/> for CREATE (<paramref name="alter"/> false) or ALTER.</summary>
    public string StatementMessage(bool alter) => Stage switch
    {
        UriFailureStage.Sanitize => (alter ? "failed to log and santitize External Connection: " : "failed to log and sanitize External Connection: ") + Cause,
        _ => "failed to construct External Connection details: " + Cause,
    };
}

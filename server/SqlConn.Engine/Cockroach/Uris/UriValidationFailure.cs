namespace SqlConn.Engine.Cockroach.Uris;

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

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// Schemes whose URI CockroachDB hands to another client without checking its parameters: PostgreSQL
/// source clusters (the replication client, which connects) and cloud-storage changefeed sinks over HTTP.
/// </summary>
internal sealed class PassThroughValidator : ISchemeValidator
{
    public static PassThroughValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri) => null;
}

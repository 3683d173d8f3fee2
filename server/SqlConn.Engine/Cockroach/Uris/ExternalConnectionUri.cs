using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// A URI that CockroachDB would accept for CREATE/ALTER EXTERNAL CONNECTION, up to the network check
/// <see cref="Check"/> that the simulator does not run. <see cref="Text"/> is stored as given (CockroachDB
/// does not canonicalise it); <see cref="Parameters"/> are the decoded query values. Both hold secrets:
/// show them only through <see cref="ConnectionUriRedactor"/>, as <see cref="ToString"/> does.
/// </summary>
public sealed record ExternalConnectionUri(UriScheme Scheme, string Text, ImmutableSortedDictionary<string, ImmutableArray<string>> Parameters)
{
    public ExternalConnectionProvider Provider => Scheme.Provider;

    public ExternalConnectionType ConnectionType => Scheme.ConnectionType;

    /// <summary>The check CockroachDB would run next; report it as not performed in simulation.</summary>
    public ExternalCheck Check => Scheme.Check;

    /// <summary>The redacted URI, never the secrets.</summary>
    public override string ToString() => ConnectionUriRedactor.Redact(Text, ConnectionType.ToSql());
}

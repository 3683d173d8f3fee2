using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Cockroach.State;

/// <summary>
/// A row of <c>system.external_connections</c> (spec §6.1). <see cref="Uri"/> is the URI exactly as given, with
/// its credentials: show it only through <see cref="RedactedUri"/>, except in SHOW CREATE's result rows.
/// <see cref="ConnectionType"/> is the stored type, which ALTER does not rewrite (spec §6.2).
/// <see cref="CredentialsWithheld"/> marks a connection read from a snapshot, whose credentials were not saved.
/// </summary>
public sealed record ExternalConnection(
    string Name,
    string Uri,
    ExternalConnectionProvider Provider,
    string ConnectionType,
    string Owner,
    bool CredentialsWithheld = false)
{
    /// <summary>The <c>connection_uri</c> column of SHOW EXTERNAL CONNECTIONS.</summary>
    public string RedactedUri => ConnectionUriRedactor.Redact(Uri, ConnectionType);

    /// <summary>Never the credentials.</summary>
    public override string ToString() => $"{Name} ({ConnectionType}, {RedactedUri})";
}

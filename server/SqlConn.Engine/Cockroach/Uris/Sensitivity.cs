namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>Whether SHOW EXTERNAL CONNECTIONS replaces the value with <c>redacted</c>.</summary>
public enum Sensitivity
{
    None,

    /// <summary>In CockroachDB's global set of redacted parameters (spec §5.2).</summary>
    Redacted,

    /// <summary>CockroachDB shows it in clear, but it holds a secret: SqlConn redacts it anyway (secrets never leak).</summary>
    RedactedBySqlConn,
}

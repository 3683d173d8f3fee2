namespace SqlConn.Syntax;

/// <summary>The database whose SQL a script is written for.</summary>
public enum SqlDialect
{
    Materialize,
    CockroachDb,
}

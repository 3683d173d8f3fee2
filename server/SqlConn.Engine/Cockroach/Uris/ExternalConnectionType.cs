namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>The <c>connection_type</c> column of <c>system.external_connections</c> and SHOW EXTERNAL CONNECTIONS.</summary>
public enum ExternalConnectionType
{
    Storage,
    Kms,
    ForeignData,
}

public static class ExternalConnectionTypeExtensions
{
    /// <summary>The stored and displayed text: <c>STORAGE</c>, <c>KMS</c> or <c>FOREIGNDATA</c>.</summary>
    public static string ToSql(this ExternalConnectionType type) => type switch
    {
        ExternalConnectionType.Storage => "STORAGE",
        ExternalConnectionType.Kms => "KMS",
        ExternalConnectionType.ForeignData => "FOREIGNDATA",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}

using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries;

/// <summary>The names of types in messages, as the database prints them.</summary>
internal static class SqlTypeNames
{
    /// <summary>The type of a quoted literal or NULL whose type is still open.</summary>
    public const string Unknown = "unknown";

    public static string Of(SqlType type) => type switch
    {
        SqlType.Text => "text",
        SqlType.Integer => "integer",
        SqlType.Oid => "oid",
        SqlType.Boolean => "boolean",
        SqlType.TextArray => "text[]",
        SqlType.AclItemArray => "mz_aclitem[]",
        SqlType.Jsonb => "jsonb",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}

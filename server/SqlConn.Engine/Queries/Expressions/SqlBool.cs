using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>Three-valued logic: a boolean value is true, false or NULL (unknown).</summary>
internal static class SqlBool
{
    public static SqlValue True { get; } = SqlValue.Of(true);

    public static SqlValue False { get; } = SqlValue.Of(false);

    public static bool? Of(SqlValue value) => value is SqlBoolean b ? b.Value : null;

    public static SqlValue From(bool? value) => value switch
    {
        true => True,
        false => False,
        null => SqlValue.Null,
    };

    /// <summary>Whether a WHERE, ON or HAVING condition keeps the row: only when it is true.</summary>
    public static bool IsTrue(SqlValue value) => value is SqlBoolean { Value: true };
}

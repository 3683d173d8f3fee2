using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// A type a value can be cast to, under the name it was written with: <c>int4</c>, <c>bigint</c>
/// and <c>smallint</c> are all integers here but keep their own range and name in messages.
/// <see cref="ColumnName"/> is the catalog name PostgreSQL gives a column that is only a cast.
/// </summary>
internal sealed record CastTarget(SqlType Type, string Name, string ColumnName, long Minimum = long.MinValue, long Maximum = long.MaxValue)
{
    public static CastTarget Text { get; } = new(SqlType.Text, "text", "text");

    public static CastTarget Integer { get; } = new(SqlType.Integer, "integer", "int4", int.MinValue, int.MaxValue);

    public static CastTarget BigInt { get; } = new(SqlType.Integer, "bigint", "int8");

    public static CastTarget SmallInt { get; } = new(SqlType.Integer, "smallint", "int2", short.MinValue, short.MaxValue);

    public static CastTarget Oid { get; } = new(SqlType.Oid, "oid", "oid", 0, uint.MaxValue);

    public static CastTarget Boolean { get; } = new(SqlType.Boolean, "boolean", "bool");

    public static CastTarget TextArray { get; } = new(SqlType.TextArray, "text[]", "_text");

    public static CastTarget Jsonb { get; } = new(SqlType.Jsonb, "jsonb", "jsonb");

    /// <summary>The target a value of <paramref name="type"/> is coerced to when a literal meets it.</summary>
    public static CastTarget For(SqlType type) => type switch
    {
        SqlType.Text => Text,
        SqlType.Integer => Integer,
        SqlType.Oid => Oid,
        SqlType.Boolean => Boolean,
        SqlType.TextArray => TextArray,
        SqlType.Jsonb => Jsonb,
        _ => new CastTarget(type, SqlTypeNames.Of(type), SqlTypeNames.Of(type)),
    };
}

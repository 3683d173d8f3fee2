using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// A column of an <see cref="ItemRelation"/>: its name and type, and its value for an item. The
/// <c>Column</c> factories take the value as text, a number or a SQL value (null is NULL).
/// </summary>
internal sealed record ItemColumn(RelationColumn Definition, Func<CatalogItem, EngineState, SqlValue> Value)
{
    public static ItemColumn Column<T>(string name, SqlType type, Func<T, EngineState, string?> value)
        where T : CatalogItem =>
        new(new RelationColumn(name, type), (item, state) => SqlValue.Of(value((T)item, state)));

    public static ItemColumn Column<T>(string name, SqlType type, Func<T, EngineState, long> value)
        where T : CatalogItem =>
        new(new RelationColumn(name, type), (item, state) => SqlValue.Of(value((T)item, state)));

    public static ItemColumn Column<T>(string name, SqlType type, Func<T, EngineState, SqlValue?> value)
        where T : CatalogItem =>
        new(new RelationColumn(name, type), (item, state) => value((T)item, state) ?? SqlValue.Null);
}

using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>A column of an <see cref="ItemRelation"/>: its name and type, and its value for an item.</summary>
internal sealed record ItemColumn(RelationColumn Column, Func<CatalogItem, EngineState, SqlValue> Value)
{
    /// <summary>A column of the items of type <typeparamref name="T"/>; the value is converted by <see cref="SystemRelations.Value"/>.</summary>
    public static ItemColumn Of<T>(string name, SqlType type, Func<T, EngineState, object?> value)
        where T : CatalogItem =>
        new(new RelationColumn(name, type), (item, state) => SystemRelations.Value(value((T)item, state)));
}

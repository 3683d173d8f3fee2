using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// A system relation: where it lives, its columns, and how to compute its rows from the state. The
/// rows are computed when a query first reads them; <see cref="Index"/> finds rows by key without
/// computing the others.
/// </summary>
internal sealed record SystemRelation(
    string Schema,
    string Name,
    ImmutableArray<RelationColumn> Columns,
    Func<EngineState, IEnumerable<ImmutableArray<SqlValue>>> Rows)
{
    public Func<EngineState, RowIndex>? Index { get; init; }

    public Relation Build(EngineState state) =>
        new(Schema, Name, Columns, new LazyRows(() => [.. Rows(state)])) { Index = Index?.Invoke(state) };

    public static ImmutableArray<RelationColumn> ColumnsOf(params (string Name, SqlType Type)[] columns) =>
        [.. columns.Select(c => new RelationColumn(c.Name, c.Type))];

    /// <summary>
    /// One row per catalog item of type <typeparamref name="T"/> that <paramref name="include"/> accepts,
    /// in id order, found by its <c>id</c> column and, when the relation has one, its <c>name</c> column.
    /// </summary>
    public static SystemRelation OfItems<T>(
        string schema, string name, ImmutableArray<RelationColumn> columns, Func<T, bool> include, Func<T, EngineState, ImmutableArray<SqlValue>> row)
        where T : CatalogItem
    {
        var idColumn = columns.IndexOf(columns.First(c => c.Name == "id"));
        var nameColumn = columns.Select(c => c.Name).ToList().IndexOf("name");
        ImmutableArray<int> keys = nameColumn < 0 ? [idColumn] : [idColumn, nameColumn];
        return new SystemRelation(schema, name, columns,
            state => state.Catalog.Items.Values.OfType<T>().Where(include).OrderBy(i => i.Id, IdComparer.Instance).Select(i => row(i, state)))
        {
            Index = state => new RowIndex(keys, (column, key) =>
            {
                if (key is not SqlText { Value: var text })
                {
                    return [];
                }

                var found = column == idColumn ? ById(state.Catalog, text) : ByName(state.Catalog, text);
                return [.. found.OfType<T>().Where(include).Select(i => row(i, state))];
            }),
        };
    }

    private static IEnumerable<CatalogItem> ById(Catalog.Catalog catalog, string id) =>
        catalog.Items.TryGetValue(id, out var item) ? [item] : [];

    private static IEnumerable<CatalogItem> ByName(Catalog.Catalog catalog, string name) =>
        catalog.Schemas.Keys.Select(schema => catalog.FindItem(schema, name)).OfType<CatalogItem>().OrderBy(i => i.Id, IdComparer.Instance);
}

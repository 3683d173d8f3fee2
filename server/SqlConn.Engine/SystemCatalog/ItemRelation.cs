using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// A system relation with one row per catalog item of <see cref="Kind"/> that <see cref="Include"/>
/// accepts, in id order. A query computes only the columns it reads, and finds rows by <c>id</c> and,
/// when the relation has one, by <c>name</c> through the catalog's indexes instead of building every row.
/// </summary>
internal sealed record ItemRelation(string Schema, string Name, ItemKind Kind, Func<CatalogItem, bool> Include, ImmutableArray<ItemColumn> ItemColumns)
    : SystemRelation(Schema, Name, [.. ItemColumns.Select(c => c.Definition)])
{
    // The positions of the id and name columns (-1: none), found once: every query over the relation asks for them.
    private readonly int idColumn = Position(ItemColumns, "id");
    private readonly int nameColumn = Position(ItemColumns, "name");

    public override Relation Build(EngineState state)
    {
        var catalog = state.Catalog;
        return new Relation(Schema, Name, Columns, new LazyRows(() => Rows(catalog.ItemsOfKind(Kind), state, ColumnSet.All, first: 0, filter: null)))
        {
            Compute = (columns, keep) => Rows(catalog.ItemsOfKind(Kind), state, columns, first: 0, keep),
            Index = Index(state),
            PrefixIndex = NameColumn(first: 0) is var name and >= 0
                ? new PrefixIndex(name, (prefix, columns, keep) => Rows(WithNamePrefix(catalog, prefix), state, columns, first: 0, keep))
                : null,
        };
    }

    /// <summary>
    /// The relation of the items of one schema, by name (the order SHOW lists them in), made of the
    /// columns from <paramref name="first"/> on.
    /// </summary>
    public Relation InSchema(EngineState state, string schemaId, int first) =>
        Over(state, first, state.Catalog.ItemsOfKind(schemaId, Kind)) with
        {
            PrefixIndex = NameColumn(first) is var name and >= 0
                ? new PrefixIndex(name, (prefix, columns, keep) => Rows(state.Catalog.ItemsOfKind(schemaId, Kind, prefix), state, columns, first, keep))
                : null,
        };

    /// <summary>
    /// <see cref="InSchema(EngineState, string, int)"/> of the items whose names <paramref name="names"/> keeps
    /// (<c>SHOW ... LIKE</c>): the names are tested before any row is built, so a pattern over a large schema costs a
    /// test per name rather than a row and a filter evaluation per item.
    /// </summary>
    public Relation InSchema(EngineState state, string schemaId, int first, NameFilter names)
    {
        // The candidates copied out of the index (all of them for an empty prefix): reading an array is faster than walking the tree.
        var candidates = state.Catalog.ItemsOfKind(schemaId, Kind, names.Prefix);
        return Over(state, first, candidates.Where(item => names.Keeps(item.Name)));
    }

    /// <summary>The relation of <paramref name="items"/>, in their order, made of the columns from <paramref name="first"/> on.</summary>
    private Relation Over(EngineState state, int first, IEnumerable<CatalogItem> items) =>
        new(Schema, Name, Columns.RemoveRange(0, first), new LazyRows(() => Rows(items, state, ColumnSet.All, first, filter: null)))
        {
            Compute = (columns, keep) => Rows(items, state, columns, first, keep),
        };

    /// <summary>Lookups by <c>id</c> and <c>name</c>, for relations with an <c>id</c> column.</summary>
    private RowIndex? Index(EngineState state)
    {
        if (idColumn < 0)
        {
            return null;
        }

        var catalog = state.Catalog;
        return new RowIndex(nameColumn < 0 ? [idColumn] : [idColumn, nameColumn], (column, key, columns) => key is SqlText { Value: var text }
            ? Rows(column == idColumn ? ById(catalog, text) : ByName(catalog, text), state, columns, first: 0, filter: null)
            : []);
    }

    /// <summary>
    /// The rows of the included items that <paramref name="filter"/> keeps: their columns from
    /// <paramref name="first"/> on, of which <paramref name="columns"/> (positions in the row) are computed. The filter's columns
    /// are computed first and the others only for the rows it keeps; the values of a rejected row are
    /// reused for the next item, so a filter over many items allocates little more than the rows it keeps.
    /// </summary>
    private List<ImmutableArray<SqlValue>> Rows(IEnumerable<CatalogItem> items, EngineState state, ColumnSet columns, int first, RowFilter? filter)
    {
        var filterColumns = filter?.Columns ?? ColumnSet.None;
        var rows = new List<ImmutableArray<SqlValue>>();
        SqlValue[]? rejected = null;
        foreach (var item in items)
        {
            if (!Include(item))
            {
                continue;
            }

            var row = rejected ?? new SqlValue[ItemColumns.Length - first];
            for (var i = 0; i < row.Length; i++)
            {
                if (filterColumns.Contains(i))
                {
                    row[i] = ItemColumns[first + i].Value(item, state);
                }
            }

            var values = ImmutableCollectionsMarshal.AsImmutableArray(row);
            if (filter is not null && !filter.Keep(values))
            {
                rejected = row;
                continue;
            }

            for (var i = 0; i < row.Length; i++)
            {
                if (!filterColumns.Contains(i))
                {
                    row[i] = columns.Contains(i) ? ItemColumns[first + i].Value(item, state) : SqlValue.Null;
                }
            }

            rows.Add(values);
            rejected = null;
        }

        return rows;
    }

    private IEnumerable<CatalogItem> ById(Catalog.Catalog catalog, string id) =>
        catalog.Items.TryGetValue(id, out var item) && item.Kind == Kind ? [item] : [];

    /// <summary>The position of the <c>name</c> column among the columns from <paramref name="first"/> on, or -1.</summary>
    private int NameColumn(int first) => nameColumn >= first ? nameColumn - first : -1;

    private static int Position(ImmutableArray<ItemColumn> columns, string name)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Definition.Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The items of <see cref="Kind"/> of every schema whose names start with <paramref name="prefix"/>, in id order (the relation's).</summary>
    private IEnumerable<CatalogItem> WithNamePrefix(Catalog.Catalog catalog, string prefix) =>
        catalog.Schemas.Keys.SelectMany(schema => catalog.ItemsOfKind(schema, Kind, prefix)).OrderBy(i => i.Id, IdComparer.Instance);

    private IEnumerable<CatalogItem> ByName(Catalog.Catalog catalog, string name) =>
        catalog.Schemas.Keys.Select(schema => catalog.FindItem(schema, name)).OfType<CatalogItem>().Where(i => i.Kind == Kind).OrderBy(i => i.Id, IdComparer.Instance);
}

using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.State;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// The simulated Materialize catalog: an immutable value. Every mutation returns a new catalog that
/// shares structure with the old one, so the catalog after each statement of a script is a cheap
/// snapshot (the language server keeps them to re-execute from the first edited statement).
/// The two indexes (<see cref="ItemsByName"/>, <see cref="DependentsById"/>) are maintained by
/// <see cref="WithItem"/> and <see cref="WithoutItem"/>; never set <see cref="Items"/> directly.
/// <see cref="Cockroach"/> holds the CockroachDB cluster that scripts of that dialect change.
/// </summary>
public sealed record Catalog
{
    public required ImmutableDictionary<string, Database> Databases { get; init; }

    public required ImmutableDictionary<string, Schema> Schemas { get; init; }

    public required ImmutableDictionary<string, Role> Roles { get; init; }

    public required ImmutableDictionary<string, Cluster> Clusters { get; init; }

    public required ImmutableDictionary<string, CatalogItem> Items { get; init; }

    /// <summary>Item id by (schema id, name).</summary>
    public required ImmutableDictionary<(string SchemaId, string Name), string> ItemsByName { get; init; }

    /// <summary>The ids of the items that reference an item, by the referenced item's id.</summary>
    public required ImmutableDictionary<string, ImmutableHashSet<string>> DependentsById { get; init; }

    /// <summary>The system privileges (CREATEROLE, CREATEDB, CREATECLUSTER, CREATENETWORKPOLICY) granted to roles.</summary>
    public required ImmutableArray<AclItem> SystemPrivileges { get; init; }

    /// <summary>The rules of ALTER DEFAULT PRIVILEGES, applied to objects created afterwards.</summary>
    public required ImmutableArray<DefaultPrivilegeRule> DefaultPrivileges { get; init; }

    public required CatalogIds Ids { get; init; }

    public required Entropy Entropy { get; init; }

    public required EnvironmentSettings Environment { get; init; }

    /// <summary>
    /// Replaced whenever an item changes its name: what was printed with the names of one generation
    /// (a connection's create_sql) stays valid as long as the generation does.
    /// </summary>
    public NamesGeneration Names { get; init; } = new();

    /// <summary>Users, external connections and privileges of the CockroachDB dialect.</summary>
    public CockroachCatalog Cockroach { get; init; } = CockroachCatalog.Initial;

    public Database? FindDatabase(string name) => Databases.Values.FirstOrDefault(d => d.Name == name);

    public Schema? FindSchema(string? databaseId, string name) =>
        Schemas.Values.FirstOrDefault(s => s.Name == name && (s.DatabaseId == databaseId || (s.IsSystem && databaseId is not null)));

    public CatalogItem? FindItem(string schemaId, string name) =>
        ItemsByName.TryGetValue((schemaId, name), out var id) ? Items[id] : null;

    public Role? FindRole(string name) => Roles.Values.FirstOrDefault(r => r.Name == name);

    public Cluster? FindCluster(string name) => Clusters.Values.FirstOrDefault(c => c.Name == name);

    public IEnumerable<CatalogItem> Dependents(string itemId) =>
        DependentsById.TryGetValue(itemId, out var ids) ? ids.Order(StringComparer.Ordinal).Select(id => Items[id]) : [];

    /// <summary><c>database.schema.item</c>, or <c>schema.item</c> for items of system schemas.</summary>
    public string FullName(CatalogItem item) => $"{SchemaFullName(Schemas[item.SchemaId])}.{item.Name}";

    public string SchemaFullName(Schema schema) =>
        schema.DatabaseId is { } databaseId ? $"{Databases[databaseId].Name}.{schema.Name}" : schema.Name;

    /// <summary>Adds an item, or replaces the item with the same id (a rename or an ALTER).</summary>
    public Catalog WithItem(CatalogItem item)
    {
        var catalog = this;
        if (Items.TryGetValue(item.Id, out var previous))
        {
            // Replacing an item (ALTER, RENAME) keeps the items that depend on it.
            catalog = WithoutItem(previous.Id);
            if (DependentsById.TryGetValue(item.Id, out var dependentsOfItem))
            {
                catalog = catalog with { DependentsById = catalog.DependentsById.SetItem(item.Id, dependentsOfItem) };
            }
        }

        var dependents = catalog.DependentsById;
        foreach (var reference in item.References)
        {
            dependents = dependents.SetItem(reference, dependents.GetValueOrDefault(reference, []).Add(item.Id));
        }

        return catalog with
        {
            Names = previous is not null && previous.Name != item.Name ? new NamesGeneration() : Names,
            Items = catalog.Items.SetItem(item.Id, item),
            ItemsByName = catalog.ItemsByName.SetItem((item.SchemaId, item.Name), item.Id),
            DependentsById = dependents,
        };
    }

    public Catalog WithoutItem(string id)
    {
        var item = Items[id];
        var dependents = DependentsById.Remove(id);
        foreach (var reference in item.References)
        {
            if (dependents.TryGetValue(reference, out var set))
            {
                set = set.Remove(id);
                dependents = set.IsEmpty ? dependents.Remove(reference) : dependents.SetItem(reference, set);
            }
        }

        return this with
        {
            Items = Items.Remove(id),
            ItemsByName = ItemsByName.Remove((item.SchemaId, item.Name)),
            DependentsById = dependents,
        };
    }

    public Catalog WithRole(Role role) => this with { Roles = Roles.SetItem(role.Id, role) };

    public Catalog WithCluster(Cluster cluster) => this with { Clusters = Clusters.SetItem(cluster.Id, cluster) };

    public Catalog WithSchema(Schema schema) => this with { Schemas = Schemas.SetItem(schema.Id, schema) };

    public Catalog WithDatabase(Database database) => this with { Databases = Databases.SetItem(database.Id, database) };
}

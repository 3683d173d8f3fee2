using SqlConn.Engine.Catalog;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Privileges;

/// <summary>Resolves the objects GRANT and REVOKE name.</summary>
internal static class GrantTargets
{
    /// <summary>
    /// The object a name designates for a grant of <paramref name="kind"/>, or null when it does not exist
    /// or is of a kind the simulator does not track (tables, types, network policies).
    /// </summary>
    public static GrantObject? Resolve(Catalog.Catalog catalog, string database, ObjectKind? kind, ObjectName name, Func<ObjectName, CatalogItem?> item) => kind switch
    {
        ObjectKind.Connection or ObjectKind.Secret when item(name) is { } found => new ItemGrantObject(found),
        ObjectKind.Schema when SchemaOf(catalog, database, name) is { } schema => new SchemaGrantObject(schema),
        ObjectKind.Database when catalog.FindDatabase(name.Last.Value) is { } found => new DatabaseGrantObject(found),
        ObjectKind.Cluster when catalog.FindCluster(name.Last.Value) is { } cluster => new ClusterGrantObject(cluster),
        _ => null,
    };

    /// <summary>The connections or secrets of <c>ON ALL CONNECTIONS | SECRETS [IN SCHEMA s | IN DATABASE d]</c> (all user schemas of the current database by default).</summary>
    public static IEnumerable<CatalogItem> All(Catalog.Catalog catalog, string database, AllObjectsGrantTarget target)
    {
        var kind = target.Kind switch
        {
            PluralObjectKind.Connections => ItemKind.Connection,
            PluralObjectKind.Secrets => ItemKind.Secret,
            _ => (ItemKind?)null,
        };
        if (kind is not { } itemKind)
        {
            return [];
        }

        var schemas = target.ContainerKind switch
        {
            ContainerKind.Schema => target.Containers.Select(c => SchemaOf(catalog, database, c)).OfType<Schema>(),
            ContainerKind.Database => target.Containers
                .Select(c => catalog.FindDatabase(c.Last.Value))
                .OfType<Database>()
                .SelectMany(d => catalog.Schemas.Values.Where(s => s.DatabaseId == d.Id)),
            _ => catalog.Schemas.Values.Where(s => !s.IsSystem && catalog.FindDatabase(database)?.Id == s.DatabaseId),
        };
        // Each schema lists its items by name; the items of several schemas are merged in that order.
        var lists = schemas.DistinctBy(s => s.Id).Select(s => catalog.ItemsOfKind(s.Id, itemKind)).ToList();
        return lists.Count == 1 ? lists[0] : lists.SelectMany(l => l).OrderBy(i => i.Name, Catalog.Catalog.NameOrder);
    }

    /// <summary>A schema named <c>s</c> (in <paramref name="database"/>) or <c>d.s</c>.</summary>
    public static Schema? SchemaOf(Catalog.Catalog catalog, string database, ObjectName name)
    {
        var found = catalog.FindDatabase(name.Parts.Length == 2 ? name.Parts[0].Value : database);
        return found is null ? null : catalog.FindSchema(found.Id, name.Last.Value);
    }
}

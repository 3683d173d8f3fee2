using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Privileges;

/// <summary>Requirements of the statements on object collections: DROP, GRANT/REVOKE, clusters, schemas, sources and sinks.</summary>
internal static class Objects
{
    public static void Drop(RequirementBuilder builder, DropObjectsStatement statement)
    {
        foreach (var name in statement.Names)
        {
            switch (statement.Kind)
            {
                case ObjectKind.Connection or ObjectKind.Secret or ObjectKind.Source or ObjectKind.Sink when builder.Item(name) is { } item:
                    builder.Owns(item, "DROP removes it", name.Span);
                    builder.SchemaUsage(item, name.Span);
                    break;
                case ObjectKind.Cluster:
                    OwnsCluster(builder, name.Last, "DROP removes it");
                    break;
                case ObjectKind.Role or ObjectKind.User:
                    builder.System(Privilege.CreateRole, "to drop a role", name.Span);
                    break;
                case ObjectKind.Schema when GrantTargets.SchemaOf(builder.Catalog, builder.Session.Database, name) is { IsSystem: false } schema:
                    builder.Owns(PrivilegeTarget.Of(builder.Catalog, schema), "DROP removes it", name.Span);
                    break;
                case ObjectKind.Database when builder.Catalog.FindDatabase(name.Last.Value) is { } database:
                    builder.Owns(PrivilegeTarget.Of(database), "DROP removes it", name.Span);
                    break;
            }
        }
    }

    /// <summary>GRANT and REVOKE: the grantor owns each object (spec §5.2); system privileges are the superuser's to give.</summary>
    public static void Grant(RequirementBuilder builder, GrantTarget target, string verb)
    {
        var reason = $"{verb} changes who may use it";
        switch (target)
        {
            case SystemGrantTarget:
                builder.Superuser($"{verb.ToLowerInvariant()} system privileges", target.Span);
                break;
            case ObjectGrantTarget objects:
                foreach (var name in objects.Names)
                {
                    if (GrantTargets.Resolve(builder.Catalog, builder.Session.Database, objects.Kind, name, builder.Item) is { } resolved)
                    {
                        builder.Owns(resolved.Target(builder.Catalog), reason, name.Span);
                    }
                }

                break;
            case AllObjectsGrantTarget all:
                foreach (var item in GrantTargets.All(builder.Catalog, builder.Session.Database, all))
                {
                    builder.Owns(item, reason, all.Span);
                }

                break;
        }
    }

    public static void OwnsCluster(RequirementBuilder builder, Identifier name, string reason)
    {
        if (builder.Catalog.FindCluster(name.Value) is { } cluster)
        {
            builder.Owns(PrivilegeTarget.Of(cluster), reason, name.Span);
        }
    }

    public static void CreateSchema(RequirementBuilder builder, CreateSchemaStatement statement, Session session)
    {
        var databaseName = statement.Name.Parts.Length == 2 ? statement.Name.Parts[0].Value : session.Database;
        if (builder.Catalog.FindDatabase(databaseName) is { } database)
        {
            builder.Needs(PrivilegeTarget.Of(database), Privilege.Create, "to create a schema in it", statement.Name.Span);
        }
    }

    public static void CreateSourceOrSink(RequirementBuilder builder, ObjectName name, Identifier? inCluster, IEnumerable<ObjectName> connections, string kind)
    {
        builder.CreateIn(name, kind);
        var cluster = inCluster is null ? builder.Catalog.Clusters[DefaultCatalog.QuickstartClusterId] : builder.Catalog.FindCluster(inCluster.Value);
        if (cluster is not null)
        {
            builder.Needs(PrivilegeTarget.Of(cluster), Privilege.Create, $"the {kind} runs in it", inCluster?.Span ?? name.Span);
        }

        foreach (var connection in connections)
        {
            builder.Uses(connection, $"the {kind} uses it");
        }
    }
}

using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Values;
using static SqlConn.Engine.SystemCatalog.ItemColumn;
using static SqlConn.Engine.SystemCatalog.SystemRelation;
using static SqlConn.Engine.Values.SqlType;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// The system tables the simulator maintains (spec §6), with Materialize's columns. Rows are computed
/// from the catalog when a query reads them.
/// </summary>
internal static class SystemRelations
{
    public const string MzCatalog = "mz_catalog";
    public const string MzInternal = "mz_internal";

    /// <summary>The connection types' catalog names as SQL values, made once: SHOW and mz_connections read one per row.</summary>
    private static readonly SqlValue[] TypeNames = [.. Enum.GetValues<Syntax.Tree.ConnectionKind>().Select(kind => SqlValue.Of(ConnectionTypes.Of(kind).CatalogName))];

    /// <summary>An item's comment in SHOW: the empty text, one value for every item without a comment.</summary>
    private static readonly SqlValue NoComment = SqlValue.Of(string.Empty);

    /// <summary>The simulator's own relations: a schema name Materialize does not use, so they cannot be mistaken for its tables.</summary>
    public const string Simulator = "sqlconn_sim";

    /// <summary>What SHOW CONNECTIONS lists (it reads the rows of one schema, by name).</summary>
    public static ItemRelation ShowConnections { get; } = new(MzInternal, "mz_show_connections", ItemKind.Connection, _ => true,
    [
        Column<ConnectionItem>("schema_id", Text, (c, _) => c.SchemaId),
        Column<ConnectionItem>("name", Text, (c, _) => c.NameValue),
        Column<ConnectionItem>("type", Text, (c, _) => TypeNames[(int)c.Type]),
        Column<ConnectionItem>("comment", Text, (c, _) => CommentValue(c)),
    ]);

    /// <summary>What SHOW SECRETS lists (it reads the rows of one schema, by name).</summary>
    public static ItemRelation ShowSecrets { get; } = new(MzInternal, "mz_show_secrets", ItemKind.Secret, _ => true,
    [
        Column<SecretItem>("schema_id", Text, (i, _) => i.SchemaId),
        Column<SecretItem>("name", Text, (i, _) => i.NameValue),
        Column<SecretItem>("comment", Text, (i, _) => CommentValue(i)),
    ]);

    public static ImmutableArray<SystemRelation> All { get; } =
    [
        new ItemRelation(MzCatalog, "mz_connections", ItemKind.Connection, _ => true,
        [
            Column<ConnectionItem>("id", Text, (c, _) => c.Id),
            Column<ConnectionItem>("oid", Oid, (c, _) => (long)c.Oid),
            Column<ConnectionItem>("schema_id", Text, (c, _) => c.SchemaId),
            Column<ConnectionItem>("name", Text, (c, _) => c.NameValue),
            Column<ConnectionItem>("type", Text, (c, _) => TypeNames[(int)c.Type]),
            Column<ConnectionItem>("owner_id", Text, (c, _) => c.OwnerId),
            Column<ConnectionItem>("privileges", AclItemArray, (c, s) => AclValue(c.Privileges, s.Catalog)),
            Column<ConnectionItem>("create_sql", Text, (c, s) => c.CreateSql(s.Catalog)),

            // Connection options hold no secret material: the redacted form is the same (spec §6.1).
            Column<ConnectionItem>("redacted_create_sql", Text, (c, s) => c.CreateSql(s.Catalog)),
        ]),
        new ItemRelation(MzCatalog, "mz_secrets", ItemKind.Secret, _ => true,
        [
            Column<SecretItem>("id", Text, (i, _) => i.Id),
            Column<SecretItem>("oid", Oid, (i, _) => (long)i.Oid),
            Column<SecretItem>("schema_id", Text, (i, _) => i.SchemaId),
            Column<SecretItem>("name", Text, (i, _) => i.NameValue),
            Column<SecretItem>("owner_id", Text, (i, _) => i.OwnerId),
            Column<SecretItem>("privileges", AclItemArray, (i, s) => AclValue(i.Privileges, s.Catalog)),
        ]),
        new ItemRelation(MzCatalog, "mz_ssh_tunnel_connections", ItemKind.Connection, i => i is ConnectionItem { SshKeys: not null },
        [
            Column<ConnectionItem>("id", Text, (c, _) => c.Id),
            Column<ConnectionItem>("public_key_1", Text, (c, _) => c.SshKeys is { } keys ? SqlText.Deferred(() => keys.PublicKey1.Line) : null),
            Column<ConnectionItem>("public_key_2", Text, (c, _) => c.SshKeys is { } keys ? SqlText.Deferred(() => keys.PublicKey2.Line) : null),
        ]),
        new ItemRelation(MzCatalog, "mz_kafka_connections", ItemKind.Connection, i => i is ConnectionItem { Type: Syntax.Tree.ConnectionKind.Kafka },
        [
            Column<ConnectionItem>("id", Text, (c, _) => c.Id),
            Column<ConnectionItem>("brokers", TextArray,
                (c, _) => SqlValue.Of(((c.Option("BROKER") ?? c.Option("BROKERS"))?.Value as StoredBrokers)?.Brokers.Select(b => b.Address) ?? [])),
            Column<ConnectionItem>("sink_progress_topic", Text,
                (c, s) => (c.Option("PROGRESS TOPIC")?.Value as StoredText)?.Value ?? s.Catalog.Environment.DefaultProgressTopic(c.Id)),
        ]),
        new ItemRelation(MzCatalog, "mz_aws_privatelink_connections", ItemKind.Connection, i => i is ConnectionItem { Type: Syntax.Tree.ConnectionKind.AwsPrivatelink },
        [
            Column<ConnectionItem>("id", Text, (c, _) => c.Id),
            Column<ConnectionItem>("principal", Text, (c, s) => s.Catalog.Environment.PrivatelinkPrincipal(c.Id)),
        ]),
        new ItemRelation(MzInternal, "mz_aws_connections", ItemKind.Connection, i => i is ConnectionItem { Type: Syntax.Tree.ConnectionKind.Aws }, AwsColumns.All),
        new StateRelation(MzCatalog, "mz_roles",
            ColumnsOf(("id", Text), ("oid", Oid), ("name", Text), ("inherit", SqlType.Boolean), ("rolcanlogin", SqlType.Boolean), ("rolsuper", SqlType.Boolean)),
            s => s.Catalog.Roles.Values.Where(r => r.Id != Role.PublicId).OrderBy(r => r.Id, IdComparer.Instance)
                .Select(r => Row(r.Id, (long)r.Oid, r.Name, r.Inherit, true, r.SuperUser))),
        new StateRelation(MzCatalog, "mz_role_members",
            ColumnsOf(("role_id", Text), ("member", Text), ("grantor", Text)),
            s => s.Catalog.Roles.Values.SelectMany(m => m.MemberOf.Select(r => Row(r, m.Id, DefaultCatalog.MzSystemRoleId)))),
        new StateRelation(MzCatalog, "mz_databases",
            ColumnsOf(("id", Text), ("oid", Oid), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray)),
            s => s.Catalog.Databases.Values.OrderBy(d => d.Id, IdComparer.Instance)
                .Select(d => Row(d.Id, (long)d.Oid, d.Name, d.OwnerId, AclValue(d.Privileges, s.Catalog)))),
        new StateRelation(MzCatalog, "mz_schemas",
            ColumnsOf(("id", Text), ("oid", Oid), ("database_id", Text), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray)),
            s => s.Catalog.Schemas.Values.OrderBy(x => x.Id, IdComparer.Instance)
                .Select(x => Row(x.Id, (long)x.Oid, x.DatabaseId, x.Name, x.OwnerId, AclValue(x.Privileges, s.Catalog)))),
        new StateRelation(MzCatalog, "mz_clusters",
            ColumnsOf(("id", Text), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray), ("managed", SqlType.Boolean), ("size", Text), ("replication_factor", Integer)),
            s => s.Catalog.Clusters.Values.OrderBy(c => c.Id, IdComparer.Instance).Select(c => Row(
                c.Id, c.Name, c.OwnerId, AclValue(c.Privileges, s.Catalog), c.Managed, c.Size, c.Managed ? c.ReplicationFactor : null))),
        new StateRelation(MzCatalog, "mz_cluster_replicas",
            ColumnsOf(("id", Text), ("name", Text), ("cluster_id", Text), ("size", Text), ("owner_id", Text)),
            s => s.Catalog.Clusters.Values.OrderBy(c => c.Id, IdComparer.Instance)
                .SelectMany(c => c.Replicas.Select(r => Row(r.Id, r.Name, c.Id, r.Size, c.OwnerId)))),
        new ItemRelation(MzCatalog, "mz_sources", ItemKind.Source, _ => true, SourceColumns(withPrivileges: true)),
        new ItemRelation(MzCatalog, "mz_sinks", ItemKind.Sink, _ => true, SourceColumns(withPrivileges: false)),
        new StateRelation(MzInternal, "mz_object_dependencies",
            ColumnsOf(("object_id", Text), ("referenced_object_id", Text)),
            s => s.Catalog.Items.Values.OrderBy(i => i.Id, IdComparer.Instance).SelectMany(i => i.References.Select(r => Row(i.Id, r)))),
        new StateRelation(MzCatalog, "mz_default_privileges",
            ColumnsOf(("role_id", Text), ("database_id", Text), ("schema_id", Text), ("object_type", Text), ("grantee", Text), ("privileges", Text)),
            s => s.Catalog.DefaultPrivileges.Select(r => Row(r.RoleId, r.DatabaseId, r.SchemaId, r.Kind.ToString().ToLowerInvariant(), r.GranteeId,
                Catalog.Privileges.Letters(r.Privileges)))),
        new StateRelation(MzCatalog, "mz_system_privileges",
            ColumnsOf(("privileges", Text)),
            s => s.Catalog.SystemPrivileges.Select(a => Row(Acl.Text(a, s.Catalog)))),
        new StateRelation(Simulator, "secret_usage",
            ColumnsOf(("object", Text), ("cluster", Text), ("secret", Text), ("loaded_version", Integer), ("current_version", Integer), ("stale", SqlType.Boolean)),
            SecretUsageRows.Rows),
        ShowConnections,
        ShowSecrets,
    ];

    private static SqlValue CommentValue(CatalogItem item) => item.Comment is { } comment ? SqlValue.Of(comment) : NoComment;

    /// <summary>The columns of mz_sources and mz_sinks (sinks have no privileges column).</summary>
    private static ImmutableArray<ItemColumn> SourceColumns(bool withPrivileges) =>
    [
        Column<SourceItem>("id", Text, (i, _) => i.Id),
        Column<SourceItem>("oid", Oid, (i, _) => (long)i.Oid),
        Column<SourceItem>("schema_id", Text, (i, _) => i.SchemaId),
        Column<SourceItem>("name", Text, (i, _) => i.NameValue),
        Column<SourceItem>("connection_id", Text, (i, _) => i.ConnectionIds.FirstOrDefault()),
        Column<SourceItem>("cluster_id", Text, (i, _) => i.ClusterId),
        Column<SourceItem>("owner_id", Text, (i, _) => i.OwnerId),
        .. withPrivileges ? [Column<SourceItem>("privileges", AclItemArray, (i, s) => AclValue(i.Privileges, s.Catalog))] : ImmutableArray<ItemColumn>.Empty,
    ];

    private static SqlValue AclValue(ImmutableArray<AclItem> items, Catalog.Catalog catalog) =>
        SqlValue.Of(items.Select(a => Acl.Text(a, catalog)));

    public static ImmutableArray<SqlValue> Row(params object?[] values) => [.. values.Select(Value)];

    /// <summary>The SQL value of a column value: null, text, a number, a boolean, or already a SQL value.</summary>
    public static SqlValue Value(object? value) => value switch
    {
        null => SqlValue.Null,
        SqlValue sql => sql,
        string text => SqlValue.Of(text),
        long number => SqlValue.Of(number),
        int number => SqlValue.Of(number),
        bool flag => SqlValue.Of(flag),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "no SQL value for this type"),
    };
}

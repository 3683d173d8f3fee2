using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Values;
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

    /// <summary>The simulator's own relations: a schema name Materialize does not use, so they cannot be mistaken for its tables.</summary>
    public const string Simulator = "sqlconn_sim";

    public static ImmutableArray<SystemRelation> All { get; } =
    [
        OfItems<ConnectionItem>(MzCatalog, "mz_connections",
            ColumnsOf(("id", Text), ("oid", Oid), ("schema_id", Text), ("name", Text), ("type", Text), ("owner_id", Text),
                ("privileges", AclItemArray), ("create_sql", Text), ("redacted_create_sql", Text)),
            _ => true,
            (c, s) =>
            {
                var createSql = c.CreateSql(s.Catalog);
                return Row(c.Id, (long)c.Oid, c.SchemaId, c.Name, ConnectionTypes.Of(c.Type).CatalogName, c.OwnerId, AclValue(c.Privileges, s.Catalog), createSql, createSql);
            }),
        OfItems<SecretItem>(MzCatalog, "mz_secrets",
            ColumnsOf(("id", Text), ("oid", Oid), ("schema_id", Text), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray)),
            _ => true,
            (i, s) => Row(i.Id, (long)i.Oid, i.SchemaId, i.Name, i.OwnerId, AclValue(i.Privileges, s.Catalog))),
        OfItems<ConnectionItem>(MzCatalog, "mz_ssh_tunnel_connections",
            ColumnsOf(("id", Text), ("public_key_1", Text), ("public_key_2", Text)),
            c => c.SshKeys is not null,
            (c, _) => Row(c.Id, c.SshKeys?.PublicKey1, c.SshKeys?.PublicKey2)),
        OfItems<ConnectionItem>(MzCatalog, "mz_kafka_connections",
            ColumnsOf(("id", Text), ("brokers", TextArray), ("sink_progress_topic", Text)),
            c => c.Type == Syntax.Tree.ConnectionKind.Kafka,
            (c, s) => Row(
                c.Id,
                SqlValue.Of(((c.Option("BROKER") ?? c.Option("BROKERS"))?.Value as StoredBrokers)?.Brokers.Select(b => b.Address) ?? []),
                (c.Option("PROGRESS TOPIC")?.Value as StoredText)?.Value ?? s.Catalog.Environment.DefaultProgressTopic(c.Id))),
        OfItems<ConnectionItem>(MzCatalog, "mz_aws_privatelink_connections",
            ColumnsOf(("id", Text), ("principal", Text)),
            c => c.Type == Syntax.Tree.ConnectionKind.AwsPrivatelink,
            (c, s) => Row(c.Id, s.Catalog.Environment.PrivatelinkPrincipal(c.Id))),
        OfItems<ConnectionItem>(MzInternal, "mz_aws_connections",
            ColumnsOf(("id", Text), ("endpoint", Text), ("region", Text), ("access_key_id", Text), ("access_key_id_secret_id", Text),
                ("secret_access_key_secret_id", Text), ("session_token", Text), ("session_token_secret_id", Text), ("assume_role_arn", Text),
                ("assume_role_session_name", Text), ("principal", Text), ("external_id", Text), ("example_trust_policy", Jsonb)),
            c => c.Type == Syntax.Tree.ConnectionKind.Aws,
            (c, s) => AwsRows.Row(c, s.Catalog)),
        new(MzCatalog, "mz_roles",
            ColumnsOf(("id", Text), ("oid", Oid), ("name", Text), ("inherit", SqlType.Boolean), ("rolcanlogin", SqlType.Boolean), ("rolsuper", SqlType.Boolean)),
            s => s.Catalog.Roles.Values.Where(r => r.Id != Role.PublicId).OrderBy(r => r.Id, IdComparer.Instance)
                .Select(r => Row(r.Id, (long)r.Oid, r.Name, r.Inherit, true, r.SuperUser))),
        new(MzCatalog, "mz_role_members",
            ColumnsOf(("role_id", Text), ("member", Text), ("grantor", Text)),
            s => s.Catalog.Roles.Values.SelectMany(m => m.MemberOf.Select(r => Row(r, m.Id, DefaultCatalog.MzSystemRoleId)))),
        new(MzCatalog, "mz_databases",
            ColumnsOf(("id", Text), ("oid", Oid), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray)),
            s => s.Catalog.Databases.Values.OrderBy(d => d.Id, IdComparer.Instance)
                .Select(d => Row(d.Id, (long)d.Oid, d.Name, d.OwnerId, AclValue(d.Privileges, s.Catalog)))),
        new(MzCatalog, "mz_schemas",
            ColumnsOf(("id", Text), ("oid", Oid), ("database_id", Text), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray)),
            s => s.Catalog.Schemas.Values.OrderBy(x => x.Id, IdComparer.Instance)
                .Select(x => Row(x.Id, (long)x.Oid, x.DatabaseId, x.Name, x.OwnerId, AclValue(x.Privileges, s.Catalog)))),
        new(MzCatalog, "mz_clusters",
            ColumnsOf(("id", Text), ("name", Text), ("owner_id", Text), ("privileges", AclItemArray), ("managed", SqlType.Boolean), ("size", Text), ("replication_factor", Integer)),
            s => s.Catalog.Clusters.Values.OrderBy(c => c.Id, IdComparer.Instance).Select(c => Row(
                c.Id, c.Name, c.OwnerId, AclValue(c.Privileges, s.Catalog), c.Managed, c.Size, c.Managed ? c.ReplicationFactor : null))),
        new(MzCatalog, "mz_cluster_replicas",
            ColumnsOf(("id", Text), ("name", Text), ("cluster_id", Text), ("size", Text), ("owner_id", Text)),
            s => s.Catalog.Clusters.Values.OrderBy(c => c.Id, IdComparer.Instance)
                .SelectMany(c => c.Replicas.Select(r => Row(r.Id, r.Name, c.Id, r.Size, c.OwnerId)))),
        OfItems<SourceItem>(MzCatalog, "mz_sources",
            ColumnsOf(("id", Text), ("oid", Oid), ("schema_id", Text), ("name", Text), ("connection_id", Text), ("cluster_id", Text), ("owner_id", Text), ("privileges", AclItemArray)),
            i => !i.IsSink,
            (i, s) => Row(i.Id, (long)i.Oid, i.SchemaId, i.Name, i.ConnectionIds.FirstOrDefault(), i.ClusterId, i.OwnerId, AclValue(i.Privileges, s.Catalog))),
        OfItems<SourceItem>(MzCatalog, "mz_sinks",
            ColumnsOf(("id", Text), ("oid", Oid), ("schema_id", Text), ("name", Text), ("connection_id", Text), ("cluster_id", Text), ("owner_id", Text)),
            i => i.IsSink,
            (i, _) => Row(i.Id, (long)i.Oid, i.SchemaId, i.Name, i.ConnectionIds.FirstOrDefault(), i.ClusterId, i.OwnerId)),
        new(MzInternal, "mz_object_dependencies",
            ColumnsOf(("object_id", Text), ("referenced_object_id", Text)),
            s => s.Catalog.Items.Values.OrderBy(i => i.Id, IdComparer.Instance).SelectMany(i => i.References.Select(r => Row(i.Id, r)))),
        new(MzCatalog, "mz_default_privileges",
            ColumnsOf(("role_id", Text), ("database_id", Text), ("schema_id", Text), ("object_type", Text), ("grantee", Text), ("privileges", Text)),
            s => s.Catalog.DefaultPrivileges.Select(r => Row(r.RoleId, r.DatabaseId, r.SchemaId, r.Kind.ToString().ToLowerInvariant(), r.GranteeId,
                Catalog.Privileges.Letters(r.Privileges)))),
        new(MzCatalog, "mz_system_privileges",
            ColumnsOf(("privileges", Text)),
            s => s.Catalog.SystemPrivileges.Select(a => Row(Acl.Text(a, s.Catalog)))),
        new(Simulator, "secret_usage",
            ColumnsOf(("object", Text), ("cluster", Text), ("secret", Text), ("loaded_version", Integer), ("current_version", Integer), ("stale", SqlType.Boolean)),
            SecretUsageRows.Rows),
        new(MzInternal, "mz_show_connections",
            ColumnsOf(("schema_id", Text), ("name", Text), ("type", Text), ("comment", Text)),
            s => Items<ConnectionItem>(s).Select(c => Row(c.SchemaId, c.Name, ConnectionTypes.Of(c.Type).CatalogName, c.Comment ?? string.Empty))),
        new(MzInternal, "mz_show_secrets",
            ColumnsOf(("schema_id", Text), ("name", Text), ("comment", Text)),
            s => Items<SecretItem>(s).Select(i => Row(i.SchemaId, i.Name, i.Comment ?? string.Empty))),
    ];

    private static IEnumerable<T> Items<T>(EngineState state)
        where T : CatalogItem =>
        state.Catalog.Items.Values.OfType<T>().OrderBy(i => i.Id, IdComparer.Instance);

    private static SqlValue AclValue(ImmutableArray<AclItem> items, Catalog.Catalog catalog) =>
        SqlValue.Of(items.Select(a => Acl.Text(a, catalog)));

    public static ImmutableArray<SqlValue> Row(params object?[] values) =>
        [.. values.Select(v => v switch
        {
            null => SqlValue.Null,
            SqlValue value => value,
            string text => SqlValue.Of(text),
            long number => SqlValue.Of(number),
            int number => SqlValue.Of(number),
            bool flag => SqlValue.Of(flag),
            _ => throw new ArgumentOutOfRangeException(nameof(values), v.GetType().Name, "no SQL value for this type"),
        })];
}

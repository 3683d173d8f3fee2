using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>
/// CREATE SOURCE and CREATE SINK, for what connections and secrets need: the cluster they run in,
/// the connections they use (which DROP must respect), and the secret versions they loaded. Their
/// formats, envelopes and upstream objects are not simulated.
/// </summary>
internal static class SourceHandler
{
    public static void CreateSource(StatementContext context, CreateSourceStatement statement)
    {
        context.Tag = "CREATE SOURCE";
        var connection = statement.Connection is { } name ? RequireConnection(context, name, Expected(statement.Connector)) : null;
        ImmutableArray<string> connections =
        [
            .. connection is null ? [] : new[] { connection.Id },
            .. statement.Tail.SchemaRegistryConnections.Select(r => RequireConnection(context, r, ConnectionKind.ConfluentSchemaRegistry).Id),
        ];
        Create(context, statement, statement.Name, statement.IfNotExists, statement.InCluster, connections, isSink: false);
    }

    public static void CreateSink(StatementContext context, CreateSinkStatement statement)
    {
        context.Tag = "CREATE SINK";
        var connection = RequireConnection(context, statement.Connection,
            statement.Connector == SinkConnector.Kafka ? ConnectionKind.Kafka : ConnectionKind.IcebergCatalog);
        ImmutableArray<string> connections =
        [
            connection.Id,
            .. statement.Tail.SchemaRegistryConnections.Select(r => RequireConnection(context, r, ConnectionKind.ConfluentSchemaRegistry).Id),
        ];
        Create(context, statement, statement.Name, statement.IfNotExists, statement.InCluster, connections, isSink: true);
    }

    private static void Create(StatementContext context, Statement statement, ObjectName name, bool ifNotExists, Identifier? inCluster, ImmutableArray<string> connections, bool isSink)
    {
        var kind = isSink ? "sink" : "source";
        var cluster = inCluster is null
            ? context.Catalog.Clusters[DefaultCatalog.QuickstartClusterId]
            : Names.Cluster(context.Catalog, inCluster);
        var (schema, itemName) = Names.ForCreate(context.Catalog, context.Session, name);
        if (context.Catalog.FindItem(schema.Id, itemName) is { } existing)
        {
            if (ifNotExists)
            {
                context.Notice(PreviewDiagnostics.Skipped, $"{kind} \"{itemName}\" already exists, skipping", name.Span);
                return;
            }

            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"{existing.KindName} \"{context.Catalog.FullName(existing)}\" already exists", name.Span);
        }

        if (cluster.Replicas.Length > 1)
        {
            throw StatementContext.Fail(CatalogDiagnostics.ClusterRule, $"cannot create {kind} in cluster with more than one replica",
                inCluster?.Span ?? name.Span, hint: "sources and sinks run in clusters with one replica");
        }

        PrivilegeEnforcement.Enforce(context, statement);
        var (id, oid, ids) = context.Catalog.Ids.AllocateItem();
        var loaded = cluster.Replicas.Length > 0 ? SecretRefresh.CurrentVersions(context.Catalog, connections) : ImmutableDictionary<string, int>.Empty;
        var item = new SourceItem(id, oid, schema.Id, itemName, context.Session.RoleId,
            DefaultPrivileges.For(context.Catalog, context.Session.RoleId, schema, isSink ? ItemKind.Sink : ItemKind.Source),
            null, isSink, cluster.Id, connections, loaded);
        context.Catalog = (context.Catalog with { Ids = ids }).WithItem(item);
    }

    private static ConnectionItem RequireConnection(StatementContext context, ObjectName name, ConnectionKind expected)
    {
        var item = Names.Item(context.Catalog, context.Session, name);
        var connection = item as ConnectionItem ?? throw Names.NotAConnection(context.Catalog, item, name);
        if (connection.Type != expected)
        {
            // The wording follows the "is not an SSH connection" family of planner messages.
            throw StatementContext.Fail(ConnectionDiagnostics.WrongConnectionType,
                $"{connection.Name} is not a {KindKeywords.Of(expected)} connection", name.Span,
                hint: $"{connection.Name} is a connection of type {KindKeywords.Of(connection.Type)}");
        }

        return connection;
    }

    private static ConnectionKind Expected(SourceConnector connector) => connector switch
    {
        SourceConnector.Kafka => ConnectionKind.Kafka,
        SourceConnector.Postgres => ConnectionKind.Postgres,
        SourceConnector.MySql => ConnectionKind.MySql,
        _ => ConnectionKind.SqlServer,
    };
}

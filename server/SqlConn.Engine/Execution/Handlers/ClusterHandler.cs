using System.Collections.Immutable;
using System.Globalization;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>
/// Clusters and their replicas, as far as the secret refresh recipes need them (spec §2.12, §4.5,
/// §7.9): managed clusters (SIZE, REPLICATION FACTOR) whose replicas Materialize creates, unmanaged
/// ones whose replicas their owner creates and drops. Recreating replicas makes the sources and sinks
/// of the cluster reload their secrets.
/// </summary>
internal static class ClusterHandler
{
    public static void Create(StatementContext context, CreateClusterStatement statement)
    {
        context.Tag = "CREATE CLUSTER";
        PrivilegeEnforcement.Enforce(context, statement);
        if (context.Catalog.FindCluster(statement.Name.Value) is not null)
        {
            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"cluster '{statement.Name.Value}' already exists", statement.Name.Span);
        }

        var (id, ids) = context.Catalog.Ids.AllocateCluster();
        context.Catalog = context.Catalog with { Ids = ids };
        var replicas = statement.Options.FirstOrDefault(o => o.Value is ReplicasValue)?.Value as ReplicasValue;
        var managed = replicas is null && (Bool(statement.Options, "MANAGED") ?? true);
        var size = Text(statement.Options, "SIZE");
        if (managed && size is null)
        {
            throw StatementContext.Fail(CatalogDiagnostics.ClusterRule, "SIZE option is required", statement.Name.Span, hint: "add (SIZE = '25cc')");
        }

        var cluster = new Cluster(id, statement.Name.Value, context.Session.RoleId,
            [new AclItem(context.Session.RoleId, context.Session.RoleId, Privilege.Usage | Privilege.Create)],
            managed, managed ? size : null, managed ? (int)(Number(statement.Options, "REPLICATION FACTOR") ?? 1) : 0, []);
        context.Catalog = context.Catalog.WithCluster(cluster);
        if (managed)
        {
            SetReplicas(context, cluster, cluster.ReplicationFactor, size ?? string.Empty);
        }
        else
        {
            foreach (var definition in replicas?.Replicas ?? [])
            {
                AddReplica(context, context.Catalog.Clusters[id], definition.Name.Value, Text(definition.Options, "SIZE") ?? string.Empty);
            }
        }
    }

    public static void Alter(StatementContext context, AlterClusterStatement statement)
    {
        context.Tag = "ALTER CLUSTER";
        if (context.Catalog.FindCluster(statement.Name.Value) is not { } cluster)
        {
            if (statement.IfExists)
            {
                context.Notice(PreviewDiagnostics.Skipped, $"CLUSTER \"{statement.Name.Value}\" does not exist, skipping", statement.Name.Span);
                return;
            }

            throw Unknown(statement.Name);
        }

        RejectSystem(cluster, statement.Name);
        PrivilegeEnforcement.Enforce(context, statement);
        switch (statement.Operation)
        {
            case SetClusterOptionsOperation set:
                var factor = Number(set.Options, "REPLICATION FACTOR");
                var size = Text(set.Options, "SIZE");
                if (!cluster.Managed && (factor is not null || size is not null))
                {
                    var option = set.Options.First(o => o.Name.Name is "REPLICATION FACTOR" or "SIZE");
                    throw StatementContext.Fail(CatalogDiagnostics.ClusterRule, $"{option.Name.Name} not supported for unmanaged clusters", option.Name.Span,
                        hint: "recreate the replicas of an unmanaged cluster with DROP CLUSTER REPLICA and CREATE CLUSTER REPLICA");
                }

                if (factor is not null || (size is not null && size != cluster.Size))
                {
                    var resized = cluster with { Size = size ?? cluster.Size };
                    context.Catalog = context.Catalog.WithCluster(resized);
                    SetReplicas(context, resized, (int)(factor ?? cluster.ReplicationFactor), resized.Size ?? string.Empty);
                }

                break;
            case RenameOperation rename:
                context.Catalog = context.Catalog.WithCluster(cluster with { Name = rename.NewName.Value });
                break;
            case OwnerToOperation owner:
                context.Catalog = context.Catalog.WithCluster(cluster with { OwnerId = Names.Role(context.Catalog, owner.Role).Id });
                break;
            default:
                context.Notice(null, "this ALTER CLUSTER is not executed by the simulator", statement.Operation.Span);
                break;
        }
    }

    public static void CreateReplica(StatementContext context, CreateClusterReplicaStatement statement)
    {
        context.Tag = "CREATE CLUSTER REPLICA";
        var cluster = context.Catalog.FindCluster(statement.Name.Cluster.Value) ?? throw Unknown(statement.Name.Cluster);
        if (cluster.Managed)
        {
            throw StatementContext.Fail(CatalogDiagnostics.ClusterRule, $"cannot modify managed cluster {cluster.Name}", statement.Name.Span,
                hint: $"change its replicas with ALTER CLUSTER {cluster.Name} SET (REPLICATION FACTOR = n)");
        }

        PrivilegeEnforcement.Enforce(context, statement);
        if (cluster.Replicas.Any(r => r.Name == statement.Name.Replica.Value))
        {
            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"cluster replica '{statement.Name}' already exists", statement.Name.Span);
        }

        if (cluster.Replicas.Length > 0 && SecretRefresh.HostsSourcesOrSinks(context.Catalog, cluster.Id))
        {
            throw StatementContext.Fail(CatalogDiagnostics.ClusterRule, "cannot create more than one replica of a cluster containing sources or sinks",
                statement.Name.Span, hint: $"drop the existing replica first (DROP CLUSTER REPLICA {cluster.Name}.{cluster.Replicas[0].Name})");
        }

        AddReplica(context, cluster, statement.Name.Replica.Value, Text(statement.Options, "SIZE") ?? string.Empty);
    }

    public static void DropReplicas(StatementContext context, DropClusterReplicaStatement statement)
    {
        context.Tag = "DROP CLUSTER REPLICA";
        foreach (var name in statement.Replicas)
        {
            var cluster = context.Catalog.FindCluster(name.Cluster.Value);
            var replica = cluster?.Replicas.FirstOrDefault(r => r.Name == name.Replica.Value);
            if (cluster is null || replica is null)
            {
                if (statement.IfExists)
                {
                    context.Notice(PreviewDiagnostics.Skipped, $"CLUSTER REPLICA \"{name}\" does not exist, skipping", name.Span);
                    continue;
                }

                throw StatementContext.Fail(CatalogDiagnostics.UnknownCluster,
                    cluster is null ? $"unknown cluster '{name.Cluster.Value}'" : $"unknown cluster replica '{name}'", name.Span);
            }

            if (cluster.Managed)
            {
                throw StatementContext.Fail(CatalogDiagnostics.ClusterRule, "cannot drop replica of managed cluster", name.Span,
                    hint: $"scale it with ALTER CLUSTER {cluster.Name} SET (REPLICATION FACTOR = n)");
            }

            PrivilegeEnforcement.Enforce(context, statement);

            context.Catalog = context.Catalog.WithCluster(cluster with { Replicas = cluster.Replicas.Remove(replica) });
            SecretRefresh.ReplicasChanged(context, cluster.Id);
        }
    }

    public static void Drop(StatementContext context, DropObjectsStatement statement)
    {
        foreach (var name in statement.Names)
        {
            var identifier = name.Last;
            if (context.Catalog.FindCluster(identifier.Value) is not { } cluster)
            {
                if (statement.IfExists)
                {
                    context.Notice(PreviewDiagnostics.Skipped, $"CLUSTER \"{identifier.Value}\" does not exist, skipping", name.Span);
                    continue;
                }

                throw Unknown(identifier);
            }

            RejectSystem(cluster, identifier);
            var hosted = SecretRefresh.InListingOrder(SecretRefresh.SourcesAndSinks(context.Catalog).Where(s => s.ClusterId == cluster.Id)).ToList();
            if (hosted.Count > 0 && statement.Behavior != DropBehavior.Cascade)
            {
                throw StatementContext.Fail(CatalogDiagnostics.DependentObjects, $"cannot drop cluster \"{cluster.Name}\" because other objects depend on it",
                    name.Span, hint: "Use DROP ... CASCADE to drop the dependent objects too.");
            }

            PrivilegeEnforcement.Enforce(context, statement);

            DropHandler.Drop(context, hosted, statement);
            context.Catalog = context.Catalog with { Clusters = context.Catalog.Clusters.Remove(cluster.Id) };
        }
    }

    /// <summary>A managed cluster's replicas become r1..rN of the current size; its sources and sinks restart.</summary>
    private static void SetReplicas(StatementContext context, Cluster cluster, int factor, string size)
    {
        var replicas = ImmutableArray.CreateBuilder<ClusterReplica>();
        var ids = context.Catalog.Ids;
        for (var i = 1; i <= factor; i++)
        {
            (var id, ids) = ids.AllocateReplica();
            replicas.Add(new ClusterReplica(id, $"r{i}", size));
        }

        context.Catalog = context.Catalog.WithCluster(cluster with { ReplicationFactor = factor, Replicas = replicas.ToImmutable() }) with { Ids = ids };
        SecretRefresh.ReplicasChanged(context, cluster.Id);
    }

    private static void AddReplica(StatementContext context, Cluster cluster, string name, string size)
    {
        var (id, ids) = context.Catalog.Ids.AllocateReplica();
        context.Catalog = context.Catalog.WithCluster(cluster with { Replicas = cluster.Replicas.Add(new ClusterReplica(id, name, size)) }) with { Ids = ids };
        SecretRefresh.ReplicasChanged(context, cluster.Id);
    }

    private static void RejectSystem(Cluster cluster, Identifier name)
    {
        if (cluster.IsSystem)
        {
            throw StatementContext.Fail(CatalogDiagnostics.SystemObject, $"cannot drop cluster {cluster.Name} because it is required by the database system", name.Span);
        }
    }

    private static StatementFailedException Unknown(Identifier name) =>
        StatementContext.Fail(CatalogDiagnostics.UnknownCluster, $"unknown cluster '{name.Value}'", name.Span);

    private static string? Text(ImmutableArray<Option> options, string name) => options.FirstOrDefault(o => o.Name.Name == name)?.Value switch
    {
        StringValue s => s.Literal.Value,
        NameValue n => n.Name.ToString(),
        NumberValue n => n.Text,
        _ => null,
    };

    private static long? Number(ImmutableArray<Option> options, string name) =>
        Text(options, name) is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? Bool(ImmutableArray<Option> options, string name) => options.FirstOrDefault(o => o.Name.Name == name) switch
    {
        null => null,
        { Value: null } => true,
        { Value: BooleanValue b } => b.Value,
        _ => null,
    };
}

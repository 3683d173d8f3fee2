using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Which running sources and sinks still use an older version of a secret, and how to make them
/// reload it: the recipe depends on whether their cluster is managed (spec §4.5).
/// </summary>
internal static class SecretUsage
{
    /// <summary>The sources and sinks that loaded <paramref name="secretId"/> and hold an older version than the current one.</summary>
    public static IEnumerable<SourceItem> Stale(Catalog.Catalog catalog, SecretItem secret) => Stale(SecretRefresh.SourcesAndSinks(catalog), secret);

    /// <summary>The same among <paramref name="sources"/>, for callers that ask about many secrets of one catalog.</summary>
    public static IEnumerable<SourceItem> Stale(IEnumerable<SourceItem> sources, SecretItem secret) =>
        SecretRefresh.ByName(sources.Where(s => s.LoadedSecretVersions.TryGetValue(secret.Id, out var loaded) && loaded < secret.Version));

    public static void Changed(StatementContext context, SecretItem secret, TextSpan span)
    {
        var stale = Stale(context.Catalog, secret).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var clusters = stale.Select(s => context.Catalog.Clusters[s.ClusterId]).DistinctBy(c => c.Id).ToList();
        context.Notice(PreviewDiagnostics.StaleSecret,
            $"running sources and sinks keep the previous value of secret \"{secret.Name}\" until the replicas of their cluster are recreated",
            span,
            detail: string.Join('\n', stale.Select(s => $"{s.KindName} \"{s.Name}\" in cluster \"{context.Catalog.Clusters[s.ClusterId].Name}\"")),
            hint: string.Join('\n', clusters.Select(Recipe)));
    }

    /// <summary>The statements that recreate a cluster's replicas.</summary>
    public static string Recipe(Cluster cluster) =>
        cluster.Managed
            ? $"ALTER CLUSTER {cluster.Name} SET (REPLICATION FACTOR = 0); ALTER CLUSTER {cluster.Name} SET (REPLICATION FACTOR = {Math.Max(1, cluster.ReplicationFactor)});"
            : string.Join(' ', cluster.Replicas.Select(r => $"DROP CLUSTER REPLICA {cluster.Name}.{r.Name}; CREATE CLUSTER REPLICA {cluster.Name}.{r.Name} (SIZE = '{r.Size}');"));
}

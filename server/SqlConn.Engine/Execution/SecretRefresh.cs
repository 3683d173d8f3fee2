using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;

namespace SqlConn.Engine.Execution;

/// <summary>
/// When running sources and sinks pick up a changed secret (spec §4.5): they load the secrets of their
/// connections when their cluster's replicas start, and keep that version until the replicas are
/// recreated. A cluster without replicas runs nothing, so its sources and sinks hold no version.
/// </summary>
internal static class SecretRefresh
{
    /// <summary>
    /// The sources and sinks of the catalog in no particular order: most readers keep a few of them, and
    /// order those (<see cref="InListingOrder"/>, <see cref="ByName"/>) rather than every one.
    /// </summary>
    public static IEnumerable<SourceItem> SourcesAndSinks(Catalog.Catalog catalog) =>
        catalog.ItemsOfKindInAnyOrder(ItemKind.Source).Concat(catalog.ItemsOfKindInAnyOrder(ItemKind.Sink)).Cast<SourceItem>();

    /// <summary>Sources before sinks, each in id order.</summary>
    public static IEnumerable<SourceItem> InListingOrder(IEnumerable<SourceItem> sources) =>
        sources.OrderBy(s => s.Kind == ItemKind.Sink).ThenBy(s => s.Id, IdComparer.Instance);

    /// <summary>By name (ordinal); a name in two schemas in <see cref="InListingOrder"/>.</summary>
    public static IEnumerable<SourceItem> ByName(IEnumerable<SourceItem> sources) =>
        sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Kind == ItemKind.Sink).ThenBy(s => s.Id, IdComparer.Instance);

    public static bool HostsSourcesOrSinks(Catalog.Catalog catalog, string clusterId) =>
        SourcesAndSinks(catalog).Any(s => s.ClusterId == clusterId);

    /// <summary>
    /// The replicas of the cluster were created or dropped: its sources and sinks (re)load their secrets.
    /// Only those whose loaded versions change are replaced: a replica change with no secret altered
    /// since the last one leaves the catalog's items (and their index paths) as they are.
    /// </summary>
    public static void ReplicasChanged(StatementContext context, string clusterId)
    {
        var running = context.Catalog.Clusters[clusterId].Replicas.Length > 0;
        foreach (var source in InListingOrder(SourcesAndSinks(context.Catalog).Where(s => s.ClusterId == clusterId)).ToList())
        {
            var loaded = running ? CurrentVersions(context.Catalog, source.ConnectionIds) : ImmutableDictionary<string, int>.Empty;
            if (!SameVersions(loaded, source.LoadedSecretVersions))
            {
                context.Catalog = context.Catalog.WithItem(source with { LoadedSecretVersions = loaded });
            }
        }
    }

    private static bool SameVersions(ImmutableDictionary<string, int> left, ImmutableDictionary<string, int> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (secretId, version) in left)
        {
            if (!right.TryGetValue(secretId, out var other) || other != version)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The current version of every secret the connections use, directly or through other connections.</summary>
    public static ImmutableDictionary<string, int> CurrentVersions(Catalog.Catalog catalog, IEnumerable<string> connectionIds)
    {
        var versions = ImmutableDictionary.CreateBuilder<string, int>();
        var seen = new HashSet<string>();
        var pending = new Stack<string>(connectionIds);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || !catalog.Items.TryGetValue(id, out var item))
            {
                continue;
            }

            switch (item)
            {
                case SecretItem secret:
                    versions[secret.Id] = secret.Version;
                    break;
                case ConnectionItem connection:
                    foreach (var reference in connection.References)
                    {
                        pending.Push(reference);
                    }

                    break;
            }
        }

        return versions.ToImmutable();
    }
}

using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// <c>sqlconn_sim.secret_usage</c>: for each source or sink and each secret it uses (through its
/// connections), the version it loaded (null when its cluster has no replica running), the secret's
/// current version, and whether it is stale.
/// </summary>
internal static class SecretUsageRows
{
    public static IEnumerable<ImmutableArray<SqlValue>> Rows(EngineState state)
    {
        var catalog = state.Catalog;
        foreach (var source in SecretRefresh.ByName(SecretRefresh.SourcesAndSinks(catalog)))
        {
            foreach (var (secretId, current) in SecretRefresh.CurrentVersions(catalog, source.ConnectionIds).OrderBy(p => p.Key, IdComparer.Instance))
            {
                var loaded = source.LoadedSecretVersions.TryGetValue(secretId, out var version) ? (int?)version : null;
                yield return SystemRelations.Row(
                    catalog.FullName(source),
                    catalog.Clusters[source.ClusterId].Name,
                    catalog.FullName(catalog.Items[secretId]),
                    loaded is { } l ? (long)l : null,
                    (long)current,
                    loaded is { } v && v < current);
            }
        }
    }
}

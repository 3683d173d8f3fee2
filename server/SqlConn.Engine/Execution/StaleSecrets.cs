using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>
/// The whole-script check of secret refresh (spec §4.5): a secret the script changed whose running
/// sources or sinks still hold an older version when the script ends. The warning goes on the last
/// ALTER SECRET ... AS of that secret, with the recipe for each cluster.
/// </summary>
public static class StaleSecrets
{
    /// <summary>The warnings, with the index of the statement each belongs to and a span relative to it.</summary>
    public static IEnumerable<(int StatementIndex, EngineError Warning)> AtEnd(ScriptRun run)
    {
        var lastAlteration = new Dictionary<string, int>();
        for (var i = 0; i < run.Statements.Length; i++)
        {
            var statement = run.Statements[i];
            if (statement.Statement.Node is AlterSecretStatement { Operation: SetSecretValueOperation } alter && !statement.Result.Failed
                && Names.TryItemQuietly(run.StateBefore(i), alter.Name) is SecretItem secret)
            {
                lastAlteration[secret.Id] = i;
            }
        }

        var final = run.Final.Catalog;
        var loaders = SecretRefresh.SourcesAndSinks(final).Where(s => s.LoadedSecretVersions.Count > 0).ToList();
        foreach (var (secretId, index) in lastAlteration.OrderBy(p => p.Value))
        {
            if (final.Items.GetValueOrDefault(secretId) is not SecretItem secret)
            {
                continue;
            }

            var stale = SecretUsage.Stale(loaders, secret).ToList();
            if (stale.Count == 0)
            {
                continue;
            }

            var name = ((AlterSecretStatement)run.Statements[index].Statement.Node).Name;
            var clusters = stale.Select(s => final.Clusters[s.ClusterId]).DistinctBy(c => c.Id);
            yield return (index, new EngineError(PreviewDiagnostics.SecretNeverRefreshed,
                $"running sources and sinks still use the previous value of secret \"{secret.Name}\" when the script ends",
                name.Span,
                Detail: string.Join('\n', stale.Select(s => $"{s.KindName} \"{s.Name}\" in cluster \"{final.Clusters[s.ClusterId].Name}\"")),
                Hint: "recreate the replicas of their clusters after the ALTER SECRET: " + string.Join(' ', clusters.Select(SecretUsage.Recipe))));
        }
    }
}

using System.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Secrets;
using SqlConn.Engine.Ssh;
using SqlConn.Syntax;
using SqlConn.Syntax.Formatting;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// What an object is at one point of a script, for completion details and hover: kind, owner, the
/// stored definition of a connection (its <c>create_sql</c>, which references secrets by name), an SSH
/// tunnel's public keys with their OpenSSH fingerprints, a secret's kind, size and version and what
/// uses it, a CockroachDB external connection's URI redacted. Never a secret's value nor its hash.
/// </summary>
public static class ObjectDescription
{
    /// <summary>One line: <c>secret · text, 7 bytes, version 2</c>, <c>SSH TUNNEL connection</c>.</summary>
    public static string Detail(EngineState state, Symbol symbol)
    {
        var catalog = state.Catalog;
        return symbol.Kind switch
        {
            SymbolKind.Role when state.Session.Dialect == SqlDialect.CockroachDb =>
                catalog.Cockroach.FindRole(symbol.Id) is { IsRole: false } ? "user" : "role",
            SymbolKind.ExternalConnection when catalog.Cockroach.FindConnection(symbol.Id) is { } external => $"{external.ConnectionType} external connection",
            SymbolKind.Role => catalog.Roles.TryGetValue(symbol.Id, out var role) && role.SuperUser ? "role · superuser" : "role",
            SymbolKind.Cluster when catalog.Clusters.TryGetValue(symbol.Id, out var cluster) => ClusterDetail(cluster),
            _ => catalog.Items.GetValueOrDefault(symbol.Id) switch
            {
                SecretItem secret => $"secret · {SecretDetail(secret)}",
                ConnectionItem connection => $"{KindKeywords.Of(connection.Type)} connection",
                SourceItem source => $"{source.KindName} in cluster {ClusterName(catalog, source.ClusterId)}",
                _ => symbol.Kind.Noun(),
            },
        };
    }

    /// <summary>The Markdown description of an object in <paramref name="state"/>.</summary>
    public static string Markdown(EngineState state, Symbol symbol)
    {
        var catalog = state.Catalog;
        var text = new StringBuilder();
        switch (symbol.Kind)
        {
            case SymbolKind.Role when state.Session.Dialect == SqlDialect.CockroachDb && catalog.Cockroach.FindRole(symbol.Id) is { } user:
                text.Append($"**{(user.IsRole ? "role" : "user")} {user.Name}**");
                if (!user.Options.IsEmpty)
                {
                    text.Append("\n\nOptions: ").Append(string.Join(", ", user.Options));
                }

                if (!user.MemberOf.IsEmpty)
                {
                    text.Append("\n\nMember of: ").Append(string.Join(", ", user.MemberOf.Select(m => m.Value ? $"{m.Key} (with admin option)" : m.Key)));
                }

                break;
            case SymbolKind.ExternalConnection when catalog.Cockroach.FindConnection(symbol.Id) is { } external:
                text.Append($"**external connection {external.Name}** · {external.ConnectionType}\n\nOwner: {external.Owner}\n\nURI (redacted): `{external.RedactedUri}`");
                break;
            case SymbolKind.Role when catalog.Roles.TryGetValue(symbol.Id, out var role):
                text.Append($"**role {role.Name}**");
                if (role.SuperUser)
                {
                    text.Append("\n\nSuperuser: passes every privilege check on user objects.");
                }

                if (!role.MemberOf.IsEmpty)
                {
                    text.Append("\n\nMember of: ").Append(string.Join(", ", role.MemberOf.Select(id => catalog.Roles.GetValueOrDefault(id)?.Name ?? id).Order(StringComparer.Ordinal)));
                }

                break;
            case SymbolKind.Cluster when catalog.Clusters.TryGetValue(symbol.Id, out var cluster):
                text.Append($"**cluster {cluster.Name}** · {ClusterDetail(cluster)}\n\nOwner: {RoleName(catalog, cluster.OwnerId)}");
                break;
            default:
                if (catalog.Items.GetValueOrDefault(symbol.Id) is { } item)
                {
                    Item(state, item, text);
                }

                break;
        }

        return text.ToString().TrimEnd();
    }

    private static void Item(EngineState state, CatalogItem item, StringBuilder text)
    {
        var catalog = state.Catalog;
        text.Append($"**{item.KindName} {catalog.FullName(item)}**\n\nOwner: {RoleName(catalog, item.OwnerId)}");
        if (item.Comment is { } comment)
        {
            text.Append($"\n\nComment: {comment}");
        }

        switch (item)
        {
            case SecretItem secret:
                text.Append($"\n\nValue: {SecretDetail(secret)} (the value itself is never shown)");
                Users(catalog, secret, text);
                break;
            case ConnectionItem connection:
                text.Append($"\n\n```sql\n{SqlFormatter.Format(CreateSql.Of(connection, catalog)).TrimEnd()}\n```");
                if (connection.SshKeys is { } keys)
                {
                    text.Append($"\n\nPublic keys (install both on the bastion):\n{Key(1, keys.PublicKey1.Line)}\n{Key(2, keys.PublicKey2.Line)}");
                }

                var dependents = catalog.Dependents(connection.Id).Select(d => $"{d.KindName} {d.Name}").ToList();
                if (dependents.Count > 0)
                {
                    text.Append("\n\nUsed by: ").Append(string.Join(", ", dependents));
                }

                break;
            case SourceItem source:
                text.Append($"\n\nCluster: {ClusterName(catalog, source.ClusterId)}");
                break;
        }
    }

    /// <summary>The connections that reference a secret, and the sources and sinks that loaded it (with the version they hold).</summary>
    private static void Users(Catalog catalog, SecretItem secret, StringBuilder text)
    {
        var users = catalog.Dependents(secret.Id).Select(d => $"{d.KindName} {d.Name}")
            .Concat(catalog.Items.Values.OfType<SourceItem>()
                .Where(s => s.LoadedSecretVersions.ContainsKey(secret.Id))
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => $"{s.KindName} {s.Name} (loaded version {s.LoadedSecretVersions[secret.Id]})"))
            .ToList();
        text.Append("\n\nUsed by: ").Append(users.Count > 0 ? string.Join(", ", users) : "nothing");
    }

    private static string Key(int number, string key) =>
        $"- PUBLIC KEY {number}: `{key}`" + (OpenSshFingerprint.Compute(key) is { } fingerprint ? $" ({fingerprint})" : string.Empty);

    private static string SecretDetail(SecretItem secret) =>
        secret.Value is { } value
            ? $"{value.Kind.DisplayName()}, {value.ByteLength} bytes, version {secret.Version}"
            : $"value not evaluated by the simulator, version {secret.Version}";

    private static string ClusterDetail(Cluster cluster) =>
        cluster.Managed
            ? $"managed, size {cluster.Size}, replication factor {cluster.ReplicationFactor}"
            : $"unmanaged, {cluster.Replicas.Length} replica{(cluster.Replicas.Length == 1 ? string.Empty : "s")}";

    private static string RoleName(Catalog catalog, string id) => catalog.Roles.GetValueOrDefault(id)?.Name ?? id;

    private static string ClusterName(Catalog catalog, string id) => catalog.Clusters.GetValueOrDefault(id)?.Name ?? id;
}

using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Snapshots;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>A snapshot carries the CockroachDB cluster: users, memberships, options, connections and privileges.</summary>
public sealed class ClusterSnapshotTests
{
    [Fact]
    public void The_cluster_survives_a_snapshot()
    {
        var cluster = CockroachScripts.Setup("""
            CREATE USER maxroach WITH PASSWORD 'roach-password-1' CREATEROLE;
            CREATE ROLE readers;
            GRANT readers TO maxroach WITH ADMIN OPTION;
            CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';
            CREATE EXTERNAL CONNECTION kms AS 'aws-kms:///alias/key?AUTH=implicit&REGION=us-east-1';
            GRANT USAGE, DROP ON EXTERNAL CONNECTION backups TO readers WITH GRANT OPTION;
            GRANT SYSTEM EXTERNALCONNECTION, VIEWCLUSTERMETADATA TO maxroach;
            GRANT USAGE ON EXTERNAL CONNECTION kms TO public;
            """).Catalog.Cockroach;

        var loaded = SnapshotFormat.Deserialize(SnapshotFormat.Serialize(DefaultCatalogWith(cluster))).Cockroach;

        Assert.Equal(Describe(cluster), Describe(loaded));
        Assert.All(loaded.Connections.Values, c => Assert.False(c.CredentialsWithheld));
    }

    [Fact]
    public void A_new_cluster_survives_a_snapshot() =>
        Assert.Equal(Describe(CockroachCatalog.Initial), Describe(SnapshotFormat.Deserialize(SnapshotFormat.Serialize(DefaultCatalogWith(CockroachCatalog.Initial))).Cockroach));

    private static Catalog.Catalog DefaultCatalogWith(CockroachCatalog cluster) => Catalog.DefaultCatalog.Create(1) with { Cockroach = cluster };

    /// <summary>The cluster as text: records with collections do not compare by content.</summary>
    private static string Describe(CockroachCatalog cluster) => string.Join('\n',
        cluster.Roles.Values.Select(r =>
            $"role {r.Name} role={r.IsRole} password={r.HasPassword} options={string.Join(',', r.Options)} member of={string.Join(',', r.MemberOf.Select(m => $"{m.Key}:{m.Value}"))}")
        .Concat(cluster.Connections.Values.Select(c => $"connection {c.Name} {c.Uri} {c.Provider} {c.ConnectionType} {c.Owner}"))
        .Concat(cluster.AllPrivileges().Select(p => $"privileges {p.User} {p.Target.Path} {{{string.Join(',', p.Row.Privileges)}}} {{{string.Join(',', p.Row.GrantOptions)}}}")));
}

using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Snapshots;

/// <summary>Maps the CockroachDB cluster to its serialised form and back.</summary>
internal static class CockroachSnapshotMapping
{
    public static CockroachData ToData(CockroachCatalog cluster) => new(
        [.. cluster.Roles.Values.Select(r => new CockroachRoleData(r.Name, r.IsRole, r.HasPassword, [.. r.Options],
            [.. r.MemberOf.Select(m => new MembershipData(m.Key, m.Value))]))],
        [.. cluster.Connections.Values.Select(Connection)],
        [.. cluster.AllPrivileges().Select(p => new SyntheticPrivilegeData(p.User, (int)p.Target.Kind, p.Target.Name, [.. p.Row.Privileges], [.. p.Row.GrantOptions]))]);

    public static CockroachCatalog FromData(CockroachData data)
    {
        var cluster = CockroachCatalog.Initial with
        {
            Roles = Ordinal.Map(data.Roles.Select(r => KeyValuePair.Create(r.Name, new CockroachRole(r.Name, r.IsRole, r.HasPassword, Ordinal.Set(r.Options),
                Ordinal.Map(r.MemberOf.Select(m => KeyValuePair.Create(m.Role, m.AdminOption))))))),
            Connections = Ordinal.Map(data.Connections.Select(c => KeyValuePair.Create(c.Name, Connection(c)))),
        };
        return data.Privileges.Aggregate(cluster, (c, p) => c.WithPrivileges(Target(p), p.User, UserPrivileges.Of(p.Privileges, p.GrantOptions)));
    }

    private static ExternalConnectionData Connection(ExternalConnection connection)
    {
        var masked = UriMasking.MaskText(connection.Uri);
        return new ExternalConnectionData(connection.Name, masked, (int)connection.Provider, connection.ConnectionType, connection.Owner,
            connection.CredentialsWithheld || masked != connection.Uri);
    }

    private static ExternalConnection Connection(ExternalConnectionData data) =>
        Enum.IsDefined((ExternalConnectionProvider)data.Provider)
            ? new ExternalConnection(data.Name, data.MaskedUri, (ExternalConnectionProvider)data.Provider, data.ConnectionType, data.Owner, data.CredentialsWithheld)
            : throw new SnapshotException($"unknown external connection provider {data.Provider} in the snapshot");

    private static PrivilegeObject Target(SyntheticPrivilegeData data) => (PrivilegeObjectKind)data.ObjectKind switch
    {
        PrivilegeObjectKind.Global => PrivilegeObject.Global,
        PrivilegeObjectKind.ExternalConnection => PrivilegeObject.ExternalConnection(data.ObjectName),
        _ => throw new SnapshotException($"unknown privilege object kind {data.ObjectKind} in the snapshot"),
    };
}

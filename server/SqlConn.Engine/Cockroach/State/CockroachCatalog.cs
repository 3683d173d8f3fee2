using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.State;

/// <summary>
/// What the simulator knows of a CockroachDB cluster: users and roles with their memberships
/// (<c>system.users</c>, <c>system.role_members</c>), external connections (<c>system.external_connections</c>)
/// and the privileges on synthetic objects (<c>system.privileges</c>: system privileges and per-connection ones).
/// An immutable value, like the Materialize catalog that holds it; names are keys, compared exactly.
/// </summary>
public sealed record CockroachCatalog(
    ImmutableSortedDictionary<string, CockroachRole> Roles,
    ImmutableSortedDictionary<string, ExternalConnection> Connections,
    ImmutableDictionary<PrivilegeObject, ImmutableSortedDictionary<string, UserPrivileges>> Privileges)
{
    /// <summary>A new cluster: the user <c>root</c>, member of the role <c>admin</c> with the admin option.</summary>
    public static CockroachCatalog Initial { get; } = new(
        Ordinal.Map<CockroachRole>(
        [
            new(CockroachRole.Root, CockroachRole.User(CockroachRole.Root).WithMembership(CockroachRole.Admin, true)),
            new(CockroachRole.Admin, CockroachRole.NewRole(CockroachRole.Admin)),
        ]),
        Ordinal.Map<ExternalConnection>([]),
        ImmutableDictionary<PrivilegeObject, ImmutableSortedDictionary<string, UserPrivileges>>.Empty);

    public CockroachRole? FindRole(string name) => Roles.GetValueOrDefault(name);

    public ExternalConnection? FindConnection(string name) => Connections.GetValueOrDefault(name);

    /// <summary>The rows of <c>system.privileges</c> for one object, by user.</summary>
    public ImmutableSortedDictionary<string, UserPrivileges> PrivilegesOn(PrivilegeObject target) =>
        Privileges.GetValueOrDefault(target) ?? Ordinal.Map<UserPrivileges>([]);

    /// <summary>What <paramref name="user"/> holds directly on <paramref name="target"/>.</summary>
    public UserPrivileges PrivilegesOf(string user, PrivilegeObject target) => PrivilegesOn(target).GetValueOrDefault(user) ?? UserPrivileges.None;

    /// <summary>Every row of <c>system.privileges</c>, in its primary-key order (user, path).</summary>
    public IEnumerable<(string User, PrivilegeObject Target, UserPrivileges Row)> AllPrivileges() =>
        Privileges
            .SelectMany(entry => entry.Value.Select(row => (User: row.Key, Target: entry.Key, Row: row.Value)))
            .OrderBy(row => row.User, StringComparer.Ordinal)
            .ThenBy(row => row.Target.Path, StringComparer.Ordinal);

    public CockroachCatalog WithRole(CockroachRole role) => this with { Roles = Roles.SetItem(role.Name, role) };

    /// <summary>Removes a user or role and every membership it is part of, as member or as role.</summary>
    public CockroachCatalog WithoutRole(string name) => this with
    {
        Roles = Roles.Remove(name).SetItems(Roles.Values
            .Where(r => r.MemberOf.ContainsKey(name))
            .Select(r => KeyValuePair.Create(r.Name, r with { MemberOf = r.MemberOf.Remove(name) }))),
    };

    public CockroachCatalog WithConnection(ExternalConnection connection) => this with { Connections = Connections.SetItem(connection.Name, connection) };

    /// <summary>Removes a connection and its rows of <c>system.privileges</c> (spec §6.2).</summary>
    public CockroachCatalog WithoutConnection(string name) => this with
    {
        Connections = Connections.Remove(name),
        Privileges = Privileges.Remove(PrivilegeObject.ExternalConnection(name)),
    };

    /// <summary>Writes a user's row for an object; a null or empty row is deleted.</summary>
    public CockroachCatalog WithPrivileges(PrivilegeObject target, string user, UserPrivileges? row)
    {
        var rows = PrivilegesOn(target);
        rows = row is null || row.Privileges.IsEmpty ? rows.Remove(user) : rows.SetItem(user, row);
        return this with { Privileges = rows.IsEmpty ? Privileges.Remove(target) : Privileges.SetItem(target, rows) };
    }
}

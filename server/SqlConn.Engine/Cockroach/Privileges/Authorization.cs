using SqlConn.Engine.Cockroach.State;

namespace SqlConn.Engine.Cockroach.Privileges;

/// <summary>
/// CockroachDB's privilege checks (pkg/sql/authorization.go) over a <see cref="CockroachCatalog"/>. Members of
/// <c>admin</c> (directly or not, <c>root</c> included) pass every check. Otherwise a privilege is held when
/// the user, a role it belongs to, or <c>public</c> holds it or <c>ALL</c> on the object.
/// </summary>
public static class Authorization
{
    public static bool IsAdmin(CockroachCatalog catalog, string user) =>
        user is CockroachRole.Root or CockroachRole.Admin || MemberOf(catalog, user).ContainsKey(CockroachRole.Admin);

    /// <summary>
    /// The roles <paramref name="user"/> belongs to, directly or through other roles, each with whether it holds
    /// the ADMIN OPTION (the option of the membership that reaches the role).
    /// </summary>
    public static IReadOnlyDictionary<string, bool> MemberOf(CockroachCatalog catalog, string user)
    {
        var roles = new Dictionary<string, bool>(StringComparer.Ordinal);
        var pending = new Queue<string>([user]);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var member))
        {
            if (!visited.Add(member) || catalog.FindRole(member) is not { } found)
            {
                continue;
            }

            foreach (var (role, adminOption) in found.MemberOf)
            {
                roles[role] = roles.GetValueOrDefault(role) || adminOption;
                pending.Enqueue(role);
            }
        }

        return roles;
    }

    public static bool HasPrivilege(CockroachCatalog catalog, string user, PrivilegeObject target, string privilege)
    {
        if (IsAdmin(catalog, user) || catalog.PrivilegesOf(CockroachRole.Public, target).Holds(privilege))
        {
            return true;
        }

        return UserAndRoles(catalog, user).Any(role => catalog.PrivilegesOf(role, target).Holds(privilege));
    }

    /// <summary>Whether <paramref name="user"/> may grant or revoke <paramref name="privileges"/> on the object (grant options are inherited).</summary>
    public static bool HasGrantOptions(CockroachCatalog catalog, string user, PrivilegeObject target, IReadOnlyCollection<string> privileges) =>
        IsAdmin(catalog, user) || UserAndRoles(catalog, user).Any(role => catalog.PrivilegesOf(role, target).CanGrant(privileges));

    /// <summary>
    /// CockroachDB's <c>HasGlobalPrivilegeOrRoleOption</c>: the system privilege, or the role option of the same
    /// name set on the user itself (role options are not inherited).
    /// </summary>
    public static bool HasGlobalPrivilegeOrRoleOption(CockroachCatalog catalog, string user, string privilege) =>
        HasPrivilege(catalog, user, PrivilegeObject.Global, privilege) || catalog.FindRole(user)?.HasOption(privilege) == true;

    private static IEnumerable<string> UserAndRoles(CockroachCatalog catalog, string user) => MemberOf(catalog, user).Keys.Prepend(user);
}

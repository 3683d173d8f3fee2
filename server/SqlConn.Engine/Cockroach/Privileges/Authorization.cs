using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Privileges;

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

    public static bool HasPrivilege(CockroachCatalog catalog, string user, PrivilegeObject target, string privilege) =>
        IsAdmin(catalog, user) || Holder(catalog, user, target, privilege).Grant != Grant.Missing;

    /// <summary>
    /// Whether the session's current user meets <paramref name="requirement"/>, and how: as an admin, directly,
    /// through a role, through <c>public</c>, as owner or by a role option.
    /// </summary>
    public static PrivilegeCheck Check(CockroachCatalog catalog, Session session, CockroachRequirement requirement)
    {
        var user = session.RoleId;
        var (grant, through) = requirement.Check switch
        {
            CockroachCheck.BecomeRole => BecomeRole(catalog, session.SessionRoleId, requirement.Requirement.RoleId),
            CockroachCheck.RoleAdmin when requirement.Requirement.RoleId == CockroachRole.Admin => RoleAdmin(catalog, user, CockroachRole.Admin),
            _ when IsAdmin(catalog, user) => (Grant.Admin, null),
            CockroachCheck.Privilege => Holder(catalog, user, requirement.Object, requirement.Privileges[0]),
            CockroachCheck.SystemPrivilegeOrRoleOption => Holder(catalog, user, PrivilegeObject.Global, requirement.Privileges[0]) is { Grant: not Grant.Missing } held
                ? held
                : (catalog.FindRole(user)?.HasOption(requirement.Privileges[0]) == true ? Grant.RoleOption : Grant.Missing, null),
            CockroachCheck.GrantOptions => Through(user, UserAndRoles(catalog, user).FirstOrDefault(role => catalog.PrivilegesOf(role, requirement.Object).CanGrant(requirement.Privileges))),
            CockroachCheck.RoleAdmin when requirement.Requirement.RoleId is { } role => RoleAdmin(catalog, user, role),
            CockroachCheck.OwnerOrSystemPrivilege => Holder(catalog, user, PrivilegeObject.Global, requirement.Privileges[0]) is { Grant: not Grant.Missing } held
                ? held
                : (catalog.FindConnection(requirement.Object.Name)?.Owner == user ? Grant.Owner : Grant.Missing, null),
            _ => (Grant.Missing, null),
        };
        return new PrivilegeCheck(requirement.Requirement, grant, through);
    }

    /// <summary>Who holds <paramref name="privilege"/> (or ALL) on the object for the user: itself, a role it belongs to, or <c>public</c>.</summary>
    private static (Grant Grant, string? Through) Holder(CockroachCatalog catalog, string user, PrivilegeObject target, string privilege) =>
        UserAndRoles(catalog, user).FirstOrDefault(role => catalog.PrivilegesOf(role, target).Holds(privilege)) is { } holder ? Through(user, holder)
        : catalog.PrivilegesOf(CockroachRole.Public, target).Holds(privilege) ? (Grant.Public, null)
        : (Grant.Missing, null);

    /// <summary>The ADMIN OPTION of <paramref name="role"/>: admins hold it for every role but admin; otherwise a membership that carries it.</summary>
    private static (Grant Grant, string? Through) RoleAdmin(CockroachCatalog catalog, string user, string role) =>
        role != CockroachRole.Admin && IsAdmin(catalog, user) ? (Grant.Admin, null)
        : Through(user, UserAndRoles(catalog, user).FirstOrDefault(member => catalog.FindRole(member)?.MemberOf.GetValueOrDefault(role) == true));

    /// <summary>CockroachDB's SET ROLE rule, for the session user (logic test <c>set_role</c>).</summary>
    private static (Grant Grant, string? Through) BecomeRole(CockroachCatalog catalog, string sessionUser, string? target) =>
        sessionUser == CockroachRole.Root ? (Grant.Admin, null)
        : target is null || target == CockroachRole.Root ? (Grant.Missing, null)
        : IsAdmin(catalog, sessionUser) ? (Grant.Admin, null)
        : target == sessionUser ? (Grant.Directly, null)
        : MemberOf(catalog, sessionUser).ContainsKey(target) ? (Grant.ThroughMembership, target)
        : (Grant.Missing, null);

    private static (Grant Grant, string? Through) Through(string user, string? holder) =>
        holder is null ? (Grant.Missing, null) : holder == user ? (Grant.Directly, null) : (Grant.ThroughMembership, holder);

    private static IEnumerable<string> UserAndRoles(CockroachCatalog catalog, string user) => MemberOf(catalog, user).Keys.Prepend(user);
}

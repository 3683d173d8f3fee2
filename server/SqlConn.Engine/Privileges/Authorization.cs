using System.Collections.Immutable;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// Whether a role holds what a requirement asks, and how (spec §5.1): superusers hold everything on user
/// objects; a role holds the privileges granted to it, to PUBLIC, and to the roles it is a member of
/// (transitively); the members of an object's owning role count as owners.
/// </summary>
public static class Authorization
{
    public static PrivilegeCheck Check(Catalog.Catalog catalog, string roleId, PrivilegeRequirement requirement)
    {
        if (IsSuperuser(catalog, roleId))
        {
            return new PrivilegeCheck(requirement, Grant.Superuser, null);
        }

        var memberships = Memberships(catalog, roleId);
        return requirement.Kind switch
        {
            RequirementKind.Superuser => Missing(requirement),
            RequirementKind.Membership when requirement.RoleId is { } target => Through(requirement, roleId, target, memberships, catalog, Grant.Directly),
            RequirementKind.Ownership when requirement.Target?.OwnerId is { } owner => Through(requirement, roleId, owner, memberships, catalog, Grant.Owner),
            RequirementKind.Privilege or RequirementKind.UsageOfReferencedObject when requirement.Target is { } target => Privileged(requirement, target, roleId, memberships, catalog),
            _ => Missing(requirement),
        };
    }

    public static bool IsSuperuser(Catalog.Catalog catalog, string roleId) => catalog.Roles.TryGetValue(roleId, out var role) && role.SuperUser;

    /// <summary>
    /// The roles <paramref name="roleId"/> is a member of, directly or through other roles (itself excluded), by id
    /// (ordinal): a fixed order, so that the role a privilege is reported as held through is the same in every run.
    /// Most roles are members of none, which costs nothing.
    /// </summary>
    public static ImmutableArray<string> Memberships(Catalog.Catalog catalog, string roleId)
    {
        if (!catalog.Roles.TryGetValue(roleId, out var start) || start.MemberOf.IsEmpty)
        {
            return [];
        }

        var result = new List<string>();
        var pending = new Stack<string>([roleId]);
        while (pending.TryPop(out var current))
        {
            if (!catalog.Roles.TryGetValue(current, out var role))
            {
                continue;
            }

            foreach (var parent in role.MemberOf)
            {
                if (parent != roleId && !result.Contains(parent))
                {
                    result.Add(parent);
                    pending.Push(parent);
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return [.. result];
    }

    private static PrivilegeCheck Through(PrivilegeRequirement requirement, string roleId, string target, ImmutableArray<string> memberships, Catalog.Catalog catalog, Grant direct) =>
        target == roleId ? new PrivilegeCheck(requirement, direct, null)
        : memberships.Contains(target) ? new PrivilegeCheck(requirement, Grant.ThroughMembership, RoleName(catalog, target))
        : Missing(requirement);

    private static PrivilegeCheck Privileged(PrivilegeRequirement requirement, PrivilegeTarget target, string roleId, ImmutableArray<string> memberships, Catalog.Catalog catalog)
    {
        bool Grants(string grantee) => target.Acl.Any(a => a.GranteeId == grantee && a.Privileges.HasFlag(requirement.Privilege));
        if (Grants(roleId))
        {
            return new PrivilegeCheck(requirement, Grant.Directly, null);
        }

        foreach (var through in memberships)
        {
            if (Grants(through))
            {
                return new PrivilegeCheck(requirement, Grant.ThroughMembership, RoleName(catalog, through));
            }
        }

        return Grants(Role.PublicId) ? new PrivilegeCheck(requirement, Grant.Public, null) : Missing(requirement);
    }

    private static PrivilegeCheck Missing(PrivilegeRequirement requirement) => new(requirement, Grant.Missing, null);

    private static string RoleName(Catalog.Catalog catalog, string id) => catalog.Roles.TryGetValue(id, out var role) ? role.Name : id;
}

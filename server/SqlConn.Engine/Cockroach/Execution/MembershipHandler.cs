using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>GRANT role TO member [WITH ADMIN OPTION] and REVOKE role FROM member (pkg/sql/grant_role.go, revoke_role.go).</summary>
internal static class MembershipHandler
{
    public static void Grant(StatementContext context, GrantRoleStatement statement)
    {
        context.Tag = "GRANT";
        var (roles, members) = Resolve(context, statement.Roles, statement.Members);
        var cluster = context.Cluster();
        foreach (var (role, _) in roles)
        {
            foreach (var (member, source) in members)
            {
                if (role == member)
                {
                    throw StatementContext.Fail(CockroachDiagnostics.InvalidMembership, $"{member} cannot be a member of itself", source.Span);
                }

                if (Authorization.MemberOf(cluster, role).ContainsKey(member))
                {
                    throw StatementContext.Fail(CockroachDiagnostics.InvalidMembership, $"making {member} a member of {role} would create a cycle", source.Span);
                }

                // An existing membership keeps its admin option when the grant has none.
                var found = cluster.Roles[member];
                cluster = cluster.WithRole(found.WithMembership(role, statement.WithAdminOption || found.MemberOf.GetValueOrDefault(role)));
            }
        }

        context.SetCluster(cluster);
    }

    public static void Revoke(StatementContext context, RevokeRoleStatement statement)
    {
        context.Tag = "REVOKE";
        var (roles, members) = Resolve(context, statement.Roles, statement.Members);
        var cluster = context.Cluster();
        foreach (var (role, _) in roles)
        {
            foreach (var (member, source) in members)
            {
                if (role == CockroachRole.Admin && member == CockroachRole.Root)
                {
                    throw StatementContext.Fail(CockroachDiagnostics.InvalidMembership,
                        "role/user root cannot be removed from role admin or lose the ADMIN OPTION", source.Span);
                }

                var found = cluster.Roles[member];
                cluster = cluster.WithRole(found with { MemberOf = found.MemberOf.Remove(role) });
            }
        }

        context.SetCluster(cluster);
    }

    /// <summary>
    /// The checks GRANT and REVOKE of roles share, in CockroachDB's order: the current user administers every
    /// role (admins do, except for <c>admin</c> itself, which takes its ADMIN OPTION), then roles and members exist.
    /// </summary>
    private static (List<(string Name, Identifier Source)> Roles, List<(string Name, Identifier Source)> Members) Resolve(
        StatementContext context, IEnumerable<Identifier> roleNames, IEnumerable<Identifier> memberNames)
    {
        var cluster = context.Cluster();
        var roles = roleNames.Select(r => (Name: UserNames.Normalize(r), Source: r)).ToList();
        var members = memberNames.Select(m => (Name: UserNames.Normalize(m), Source: m)).ToList();
        context.EnforcePrivileges();
        foreach (var (name, source) in roles.Concat(members).Where(n => cluster.FindRole(n.Name) is null))
        {
            throw StatementContext.Fail(CockroachDiagnostics.UnknownUser, $"role/user {name} does not exist", source.Span);
        }

        return (roles, members);
    }
}

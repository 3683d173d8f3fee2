using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>CREATE USER | ROLE and DROP USER | ROLE in CockroachDB (pkg/sql/create_role.go, drop_role.go).</summary>
internal static class UserHandler
{
    public static void Create(StatementContext context, CreateRoleStatement statement)
    {
        context.Tag = "CREATE ROLE";
        context.EnforcePrivileges();
        var name = UserNames.Normalize(statement.Name);
        UserNames.ValidateForCreation(name, statement.Name);
        if (UserNames.IsReserved(name))
        {
            throw UserNames.Reserved(name, statement.Name);
        }

        if (context.Cluster().FindRole(name) is not null)
        {
            if (statement.IfNotExists)
            {
                return;
            }

            throw StatementContext.Fail(CockroachDiagnostics.DuplicateUser, $"a role/user named {name} already exists", statement.Name.Span);
        }

        // CREATE ROLE means NOLOGIN unless LOGIN is written. The password itself is never kept.
        var options = statement.Attributes.Where(a => !a.IsPassword).Select(a => a.Name).ToList();
        if (!statement.IsUser && !options.Contains("LOGIN") && !options.Contains("NOLOGIN"))
        {
            options.Add("NOLOGIN");
        }

        var hasPassword = statement.Attributes.Any(a => a.IsPassword && a.Value is not null);
        var role = CockroachRole.User(name) with { IsRole = !statement.IsUser, HasPassword = hasPassword, Options = Ordinal.Set(options) };
        context.SetCluster(context.Cluster().WithRole(role));
    }

    /// <summary>
    /// DROP USER a, b: every check runs for all the names before anything is dropped, in CockroachDB's order:
    /// reserved names, superusers, grants on external connections, system privileges, special users, existence.
    /// </summary>
    public static void Drop(StatementContext context, DropObjectsStatement statement)
    {
        context.Tag = "DROP ROLE";
        context.EnforcePrivileges(CockroachCheck.SystemPrivilegeOrRoleOption);
        var cluster = context.Cluster();
        var targets = statement.Names.Select(n => (Name: UserNames.Normalize(n.Last), Source: n.Last)).ToList();
        foreach (var (name, source) in targets.Where(t => UserNames.IsReserved(t.Name)))
        {
            throw UserNames.Reserved(name, source);
        }

        context.EnforcePrivileges(CockroachCheck.Admin);
        var names = targets.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var grants = cluster.AllPrivileges().Where(p => names.Contains(p.User) && p.Target.Kind != PrivilegeObjectKind.Global).Select(p => p.Target.ToString()).ToList();
        if (grants.Count > 0)
        {
            var plural = targets.Count > 1 ? "s" : string.Empty;
            throw StatementContext.Fail(CockroachDiagnostics.UserInUse,
                $"cannot drop role{plural}/user{plural} {string.Join(", ", targets.Select(t => t.Name))}: grants still exist on {string.Join(", ", grants)}",
                statement.Names[0].Span, hint: "revoke the privileges first: REVOKE ALL ON EXTERNAL CONNECTION ... FROM ...");
        }

        foreach (var (name, source) in targets)
        {
            if (cluster.PrivilegesOf(name, PrivilegeObject.Global).Privileges is { IsEmpty: false } system)
            {
                throw StatementContext.Fail(CockroachDiagnostics.UserInUse,
                    $"role {name} cannot be dropped because some objects depend on it" + string.Concat(system.Select(p => $"\n{name} has global '{p}' privilege")),
                    source.Span, hint: $"revoke them first: REVOKE SYSTEM {string.Join(", ", system)} FROM {name}");
            }
        }

        foreach (var (name, source) in targets)
        {
            if (name is CockroachRole.Admin or CockroachRole.Root)
            {
                throw StatementContext.Fail(CockroachDiagnostics.UserInUse,
                    name == CockroachRole.Admin ? "cannot drop special role admin" : "cannot drop special user root", source.Span);
            }

            if (cluster.FindRole(name) is null)
            {
                if (statement.IfExists)
                {
                    continue;
                }

                throw StatementContext.Fail(CockroachDiagnostics.UnknownUser, $"role/user {name} does not exist", source.Span);
            }

            cluster = cluster.WithoutRole(name);
        }

        context.SetCluster(cluster);
    }
}

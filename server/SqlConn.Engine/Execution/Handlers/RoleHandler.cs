using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>CREATE ROLE / USER, DROP ROLE / USER, SET ROLE and RESET ROLE.</summary>
internal static class RoleHandler
{
    public static void Create(StatementContext context, CreateRoleStatement statement)
    {
        context.Tag = statement.IsUser ? "CREATE USER" : "CREATE ROLE";
        PrivilegeEnforcement.Enforce(context, statement);
        var name = statement.Name.Value;
        if (context.Catalog.FindRole(name) is not null || name.Equals(Role.PublicName, StringComparison.OrdinalIgnoreCase))
        {
            if (statement.IfNotExists)
            {
                context.Notice(PreviewDiagnostics.Skipped, $"role \"{name}\" already exists, skipping", statement.Name.Span);
                return;
            }

            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"role '{name}' already exists", statement.Name.Span);
        }

        var (id, oid, ids) = context.Catalog.Ids.AllocateRole();
        var inherit = !statement.Attributes.Any(a => a.Name == "NOINHERIT");
        context.Catalog = (context.Catalog with { Ids = ids }).WithRole(new Role(id, oid, name, inherit, false, []));
    }

    public static void Drop(StatementContext context, DropObjectsStatement statement)
    {
        PrivilegeEnforcement.Enforce(context, statement);
        foreach (var name in statement.Names)
        {
            var identifier = name.Last;
            if (context.Catalog.FindRole(identifier.Value) is not { } role)
            {
                if (statement.IfExists)
                {
                    context.Notice(PreviewDiagnostics.Skipped, $"ROLE \"{identifier.Value}\" does not exist, skipping", name.Span);
                    continue;
                }

                throw StatementContext.Fail(CatalogDiagnostics.UnknownRole, $"unknown role '{identifier.Value}'", name.Span);
            }

            if (role.Id.StartsWith('s') || role.Id == Role.PublicId || role.Id == context.Session.RoleId || role.Id == context.Session.SessionRoleId)
            {
                throw StatementContext.Fail(CatalogDiagnostics.SystemObject,
                    role.Id == context.Session.RoleId || role.Id == context.Session.SessionRoleId
                        ? $"current role cannot be dropped"
                        : $"cannot drop role {role.Name} because it is required by the database system",
                    name.Span);
            }

            if (RoleDependencies.Describe(context.Catalog, role) is { Count: > 0 } dependencies)
            {
                throw StatementContext.Fail(CatalogDiagnostics.DependentObjects, $"role \"{role.Name}\" cannot be dropped because some objects depend on it",
                    name.Span, detail: string.Join('\n', dependencies), hint: "change their owner (ALTER ... OWNER TO) and revoke the role's privileges first");
            }

            context.Catalog = context.Catalog with
            {
                Roles = context.Catalog.Roles.Remove(role.Id).SetItems(context.Catalog.Roles.Values
                    .Where(r => r.MemberOf.Contains(role.Id))
                    .Select(r => KeyValuePair.Create(r.Id, r with { MemberOf = r.MemberOf.Remove(role.Id) }))),
            };
        }
    }

    public static void Set(StatementContext context, SetRoleStatement statement)
    {
        context.Tag = "SET";
        var role = Names.Role(context.Catalog, statement.Role);
        PrivilegeEnforcement.Enforce(context, statement);
        context.Session = context.Session with { RoleId = role.Id };
    }

    public static void Reset(StatementContext context)
    {
        context.Tag = "RESET";
        context.Session = context.Session with { RoleId = context.Session.SessionRoleId };
    }
}

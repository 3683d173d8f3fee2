using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// SET ROLE and RESET ROLE in CockroachDB (logic test <c>set_role</c>): the session user may become a role it
/// belongs to, or any user but root when it is an admin; root may become anyone. <c>SET ROLE none</c> resets.
/// </summary>
internal static class SessionRoleHandler
{
    private const string None = "none";

    public static void Set(StatementContext context, SetRoleStatement statement)
    {
        context.Tag = "SET";
        var target = UserNames.Normalize(statement.Role);
        if (target == None)
        {
            ReturnToSessionUser(context);
            return;
        }

        if (context.Cluster().FindRole(target) is null)
        {
            throw UserNames.Unknown(target, statement.Role);
        }

        context.EnforcePrivileges();
        context.Session = context.Session with { RoleId = target };
    }

    public static void Reset(StatementContext context)
    {
        context.Tag = "RESET";
        ReturnToSessionUser(context);
    }

    private static void ReturnToSessionUser(StatementContext context) =>
        context.Session = context.Session with { RoleId = context.Session.SessionRoleId };
}

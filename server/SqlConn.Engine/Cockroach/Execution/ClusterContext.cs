using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// The CockroachDB view of a statement's context: the cluster state the catalog holds, and the current user.
/// In this dialect the session's role ids are user names (<see cref="CockroachSessions"/>).
/// </summary>
internal static class ClusterContext
{
    public static CockroachCatalog Cluster(this StatementContext context) => context.Catalog.Cockroach;

    public static void SetCluster(this StatementContext context, CockroachCatalog cluster) =>
        context.Catalog = context.Catalog with { Cockroach = cluster };

    /// <summary>The current user: the session user, or the role SET ROLE made current.</summary>
    public static string User(this StatementContext context) => context.Session.RoleId;

    public static bool IsAdmin(this StatementContext context) => Authorization.IsAdmin(context.Cluster(), context.User());

    public static bool HasPrivilege(this StatementContext context, PrivilegeObject target, string privilege) =>
        Authorization.HasPrivilege(context.Cluster(), context.User(), target, privilege);

    /// <summary>Denies the statement with <c>user u does not have P privilege on external_connection c</c> unless the user holds it.</summary>
    public static void RequirePrivilege(this StatementContext context, PrivilegeObject target, string privilege, TextSpan span)
    {
        if (!context.HasPrivilege(target, privilege))
        {
            context.Deny($"user {context.User()} does not have {privilege} privilege on {target}", span);
        }
    }

    /// <summary>A missing CockroachDB privilege (SC2506): an error, or a warning in a session that only warns.</summary>
    public static void Deny(this StatementContext context, string message, TextSpan span, string? hint = null) =>
        context.Deny(new EngineError(CockroachDiagnostics.InsufficientPrivilege, message, span, Hint: hint));
}

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

    /// <summary>
    /// Denies the statement, with CockroachDB's message, for each of its requirements
    /// (<see cref="CockroachRequirements"/>) the current user does not hold; <paramref name="only"/> limits this
    /// to the requirements of one check, for a statement that checks them at different steps.
    /// </summary>
    public static void EnforcePrivileges(this StatementContext context, CockroachCheck? only = null)
    {
        foreach (var requirement in CockroachRequirements.For(new EngineState(context.Catalog, context.Session), context.Statement.Node)
            .Where(r => only is null || r.Check == only)
            .Where(r => !Authorization.Check(context.Cluster(), context.Session, r).Held))
        {
            context.Deny(requirement.Denial, requirement.Requirement.Span, requirement.Hint);
        }
    }

    /// <summary>A missing CockroachDB privilege (SC2506): an error, or a warning in a session that only warns.</summary>
    public static void Deny(this StatementContext context, string message, TextSpan span, string? hint = null) =>
        context.Deny(new EngineError(CockroachDiagnostics.InsufficientPrivilege, message, span, Hint: hint));
}

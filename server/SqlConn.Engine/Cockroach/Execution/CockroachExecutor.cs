using SqlConn.Engine.Execution;
using SqlConn.Engine.Queries;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// Runs a statement of a CockroachDB script. The dialect gate has already rejected Materialize statements;
/// the statements of both dialects (users, roles, SET ROLE, queries) get CockroachDB's semantics here.
/// </summary>
internal static class CockroachExecutor
{
    public static void Execute(StatementContext context, Statement node)
    {
        switch (node)
        {
            case CreateExternalConnectionStatement s: ExternalConnectionHandler.Create(context, s); break;
            case AlterExternalConnectionStatement s: ExternalConnectionHandler.Alter(context, s); break;
            case DropExternalConnectionStatement s: ExternalConnectionHandler.Drop(context, s); break;
            case ShowExternalConnectionsStatement s: ShowExternalConnectionsHandler.Show(context, s); break;
            case ShowCreateExternalConnectionsStatement s: ShowExternalConnectionsHandler.ShowCreate(context, s); break;
            case CheckExternalConnectionStatement s: CheckExternalConnectionHandler.Execute(context, s); break;
            case GrantPrivilegesStatement { Target: ExternalConnectionGrantTarget target } s: PrivilegeHandler.Grant(context, s, target); break;
            case RevokePrivilegesStatement { Target: ExternalConnectionGrantTarget target } s: PrivilegeHandler.Revoke(context, s, target); break;
            case GrantSystemPrivilegesStatement s: PrivilegeHandler.GrantSystem(context, s); break;
            case RevokeSystemPrivilegesStatement s: PrivilegeHandler.RevokeSystem(context, s); break;
            case ShowGrantsOnExternalConnectionStatement s: ShowGrantsHandler.Execute(context, s); break;
            case CreateRoleStatement s: UserHandler.Create(context, s); break;
            case DropObjectsStatement { Kind: ObjectKind.Role or ObjectKind.User } s: UserHandler.Drop(context, s); break;
            case GrantRoleStatement s: MembershipHandler.Grant(context, s); break;
            case RevokeRoleStatement s: MembershipHandler.Revoke(context, s); break;
            case SetRoleStatement s: SessionRoleHandler.Set(context, s); break;
            case ResetRoleStatement: SessionRoleHandler.Reset(context); break;
            case QueryStatement s: NotEvaluated(context, s); break;
            default: Executor.NotSimulated(context, node); break;
        }
    }

    /// <summary>
    /// Queries read the system catalog, and the simulator has only Materialize's: a query in a CockroachDB
    /// script is accepted, not evaluated.
    /// </summary>
    private static void NotEvaluated(StatementContext context, QueryStatement statement)
    {
        context.Tag = "SELECT";
        context.Notice(QueryDiagnostics.NotEvaluated, "queries are not evaluated in CockroachDB scripts: the simulator has no CockroachDB system tables", statement.Span);
    }
}

using SqlConn.Engine.Catalog;
using SqlConn.Engine.Cockroach.Execution;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Execution.Handlers;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Executes one statement: a pure function from the state before it to the state after it and the
/// statement's result. It does no I/O and never throws for any input: a failing statement returns
/// its error and the previous state (keeping only the ids it consumed, as Materialize does).
/// </summary>
public static class Executor
{
    public static StatementExecution Execute(EngineState state, ParsedStatement statement)
    {
        state = Directives.Apply(state, statement);
        if (statement.Syntax.Diagnostics.FirstOrDefault(d => d.Severity == Syntax.Diagnostics.DiagnosticSeverity.Error) is { } syntaxError)
        {
            return new StatementExecution(state, StatementResult.Failure(
                new EngineError(syntaxError.Descriptor, syntaxError.Message, syntaxError.Span, syntaxError.Detail, syntaxError.Hint), []));
        }

        var context = new StatementContext(state, statement);
        try
        {
            DialectGate.Check(statement, state.Session.Dialect);
            if (state.Session.Dialect == SqlDialect.CockroachDb)
            {
                CockroachExecutor.Execute(context, statement.Node);
            }
            else
            {
                Dispatch(context, statement.Node);
            }

            return context.Finish();
        }
        catch (StatementFailedException e)
        {
            // The ids a failed statement allocated stay consumed (spec §4.1); most fail before allocating any.
            var kept = context.Catalog.Ids == state.Catalog.Ids ? state : state with { Catalog = state.Catalog with { Ids = context.Catalog.Ids } };
            return new StatementExecution(kept, StatementResult.Failure(e.Error, [.. context.Notices]));
        }
    }

    private static void Dispatch(StatementContext context, Statement node)
    {
        switch (node)
        {
            case CreateConnectionStatement s: CreateConnectionHandler.Execute(context, s); break;
            case AlterConnectionStatement s: AlterConnectionHandler.Execute(context, s); break;
            case ValidateConnectionStatement s: ValidateConnectionHandler.Execute(context, s); break;
            case CreateSecretStatement s: SecretHandler.Create(context, s); break;
            case AlterSecretStatement s: SecretHandler.Alter(context, s); break;
            case DropObjectsStatement s: DropHandler.Execute(context, s); break;
            case CommentOnStatement s: CommentHandler.Execute(context, s); break;
            case ShowObjectsStatement s: ShowHandler.ShowObjects(context, s); break;
            case ShowCreateConnectionStatement s: ShowHandler.ShowCreateConnection(context, s); break;
            case QueryStatement s: QueryHandler.Execute(context, s); break;
            case CreateRoleStatement s: RoleHandler.Create(context, s); break;
            case SetRoleStatement s: RoleHandler.Set(context, s); break;
            case ResetRoleStatement: RoleHandler.Reset(context); break;
            case CreateClusterStatement s: ClusterHandler.Create(context, s); break;
            case AlterClusterStatement s: ClusterHandler.Alter(context, s); break;
            case CreateClusterReplicaStatement s: ClusterHandler.CreateReplica(context, s); break;
            case DropClusterReplicaStatement s: ClusterHandler.DropReplicas(context, s); break;
            case CreateSourceStatement s: SourceHandler.CreateSource(context, s); break;
            case CreateSinkStatement s: SourceHandler.CreateSink(context, s); break;
            case CreateDatabaseStatement s: NamespaceHandler.CreateDatabase(context, s); break;
            case GrantPrivilegesStatement s: GrantHandler.GrantPrivileges(context, s); break;
            case RevokePrivilegesStatement s: GrantHandler.RevokePrivileges(context, s); break;
            case GrantRoleStatement s: GrantHandler.GrantRole(context, s); break;
            case RevokeRoleStatement s: GrantHandler.RevokeRole(context, s); break;
            case AlterDefaultPrivilegesStatement s: GrantHandler.AlterDefaultPrivileges(context, s); break;
            case CreateSchemaStatement s: NamespaceHandler.CreateSchema(context, s); break;
            default: NotSimulated(context, node); break;
        }
    }

    /// <summary>A statement the simulator recognises but does not execute: it succeeds and says so.</summary>
    internal static void NotSimulated(StatementContext context, Statement node)
    {
        var kind = StatementKinds.Of(context.Statement);
        context.Tag = kind;
        context.Notice(null, $"{kind} is not executed by the simulator", node.Span);
    }
}

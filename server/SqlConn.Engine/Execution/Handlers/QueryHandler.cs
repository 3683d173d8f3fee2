using SqlConn.Engine.Queries;
using SqlConn.Engine.SystemCatalog;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>SELECT over the simulator's system catalog.</summary>
internal static class QueryHandler
{
    public static void Execute(StatementContext context, QueryStatement statement)
    {
        try
        {
            var result = QueryEvaluator.Evaluate(statement.Query, new SystemCatalogEnvironment(new EngineState(context.Catalog, context.Session)));
            context.Result(result.Columns, result.Rows);
        }
        catch (QueryNotEvaluatedException e)
        {
            context.Tag = "SELECT";
            context.Notice(Notice.From(new EngineError(QueryDiagnostics.NotEvaluated, e.Message, e.Span)));
        }
    }
}

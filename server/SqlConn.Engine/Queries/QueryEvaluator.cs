using System.Collections.Immutable;
using SqlConn.Engine.Queries.Binding;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries;

/// <summary>
/// Evaluates SELECT queries against the simulator's relations with PostgreSQL / Materialize
/// semantics. The query is first bound as a whole (names, types, grouping), so errors come out in
/// the database's order and do not depend on the data; then it runs.
/// </summary>
internal static class QueryEvaluator
{
    /// <summary>
    /// The query's result. Throws <see cref="StatementFailedException"/> for an error (span relative to
    /// the statement's chunk, like the tree's), and <see cref="QueryNotEvaluatedException"/> when the
    /// query is valid but uses something the simulator does not evaluate.
    /// </summary>
    public static QueryResult Evaluate(Query query, IQueryEnvironment environment)
    {
        var session = new BindingSession(environment);
        var bound = new QueryBinder(session, outer: null, level: 0).BindQuery(query);
        session.ThrowIfNotEvaluated();

        var rows = bound.Plan.Execute(new QueryExecution(session.ColumnsRead), outer: null);
        return new QueryResult([.. bound.Columns.Select(c => new RelationColumn(c.Name, c.Type))], [.. rows]);
    }
}

using System.Collections.Immutable;
using SqlConn.Engine.Queries.Binding;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries;

/// <summary>
/// The filters of <c>SHOW CONNECTIONS | SECRETS ... LIKE 'p' | WHERE expr</c>: LIKE matches the
/// <c>name</c> column (backslash escapes), WHERE is a condition over the result's columns (which it
/// names unqualified; it may use subqueries on the catalog).
/// </summary>
internal static class ShowFilters
{
    /// <summary>
    /// The rows of <paramref name="relation"/> the filter keeps, in order (a computed relation builds
    /// only those). Throws like <see cref="QueryEvaluator.Evaluate"/>.
    /// </summary>
    public static IReadOnlyList<ImmutableArray<SqlValue>> Apply(Relation relation, ShowFilter filter, IQueryEnvironment environment)
    {
        var session = new BindingSession(environment);
        var columns = relation.Columns.Select(c => new ScopeColumn(c.Name, c.Type, Table: null)).ToImmutableArray();
        var scope = new Scope(columns, [], outer: null);
        var condition = filter switch
        {
            LikeShowFilter like => new BoundLike(
                new BoundColumn(0, relation.ColumnIndex("name"), SqlType.Text, "name", new Location(like.Span)),
                new BoundLiteral(SqlValue.Of(like.Pattern.Value), SqlType.Text),
                null, CaseInsensitive: false, Negated: false, new Location(like.Pattern.Span)),
            WhereShowFilter where => new QueryBinder(session, outer: null, level: 0).BindCondition(where.Condition, scope, "WHERE clause"),
            _ => throw new QueryNotEvaluatedException("an incomplete filter", filter.Span),
        };
        session.ThrowIfNotEvaluated();

        var scan = PrefixScanPlan.Over(new ScanPlan(relation, Table: null), QueryBinder.Conjuncts(condition));
        return new FilterPlan(scan, condition).Execute(new QueryExecution(session.ColumnsRead), outer: null);
    }
}

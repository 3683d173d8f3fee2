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
        switch (filter)
        {
            case LikeShowFilter like:
                var matches = Names(like);
                var name = relation.ColumnIndex("name");
                return relation.Read(ColumnSet.All, new RowFilter(ColumnSet.None.With(name), row => row[name] is SqlText text && matches(text.Value)));
            case WhereShowFilter where:
                var session = new BindingSession(environment);
                var columns = relation.Columns.Select(c => new ScopeColumn(c.Name, c.Type, Table: null)).ToImmutableArray();
                var condition = new QueryBinder(session, outer: null, level: 0).BindCondition(where.Condition, new Scope(columns, [], outer: null), "WHERE clause");
                session.ThrowIfNotEvaluated();

                var scan = PrefixScanPlan.Over(new ScanPlan(relation, Table: null), QueryBinder.Conjuncts(condition));
                return new FilterPlan(scan, condition).Execute(new QueryExecution(session.ColumnsRead), outer: null);
            default:
                throw new QueryNotEvaluatedException("an incomplete filter", filter.Span);
        }
    }

    /// <summary>
    /// The names <c>LIKE 'p'</c> keeps: <see cref="NamePrefix"/> and a test of each name, which SHOW applies to the names
    /// of a schema's items before it builds any row. A pattern ending in the escape character fails on the pattern.
    /// </summary>
    public static Func<string, bool> Names(LikeShowFilter like)
    {
        var pattern = Pattern(like);
        return name => pattern.Matches(name, like.Pattern.Span);
    }

    /// <summary>What every name <c>LIKE 'p'</c> keeps starts with (empty when the pattern starts with a wildcard).</summary>
    public static string NamePrefix(LikeShowFilter like) => Pattern(like).LiteralPrefix;

    private static LikePattern Pattern(LikeShowFilter like) => LikePattern.Compile(like.Pattern.Value, '\\', caseInsensitive: false);
}

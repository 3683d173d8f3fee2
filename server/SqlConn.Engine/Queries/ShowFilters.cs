using System.Collections.Immutable;
using SqlConn.Engine.Queries.Binding;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries;

/// <summary>
/// The filters of <c>SHOW CONNECTIONS | SECRETS ... LIKE 'p' | WHERE expr</c>: LIKE matches the names
/// (backslash escapes) and is applied to them before any row is built (<see cref="Names"/>); WHERE is a
/// condition over the result's columns (which it names unqualified; it may use subqueries on the catalog).
/// </summary>
internal static class ShowFilters
{
    /// <summary>
    /// The rows of <paramref name="relation"/> the WHERE condition keeps, in order (a computed relation builds
    /// only those). Throws like <see cref="QueryEvaluator.Evaluate"/>.
    /// </summary>
    public static IReadOnlyList<ImmutableArray<SqlValue>> Apply(Relation relation, WhereShowFilter where, IQueryEnvironment environment)
    {
        var session = new BindingSession(environment);
        var columns = relation.Columns.Select(c => new ScopeColumn(c.Name, c.Type, Table: null)).ToImmutableArray();
        var condition = new QueryBinder(session, outer: null, level: 0).BindCondition(where.Condition, new Scope(columns, [], outer: null), "WHERE clause");
        session.ThrowIfNotEvaluated();

        var scan = PrefixScanPlan.Over(new ScanPlan(relation, Table: null), QueryBinder.Conjuncts(condition));
        return new FilterPlan(scan, condition).Execute(new QueryExecution(session.ColumnsRead), outer: null);
    }

    /// <summary>
    /// The names <c>LIKE 'p'</c> keeps, as SHOW tests them before it builds any row. A pattern ending in the escape
    /// character fails on the pattern when a name reaches it.
    /// </summary>
    public static NameFilter Names(LikeShowFilter like)
    {
        var pattern = LikePattern.Compile(like.Pattern.Value, '\\', caseInsensitive: false);
        return new NameFilter(pattern.LiteralPrefix, name => pattern.Matches(name, like.Pattern.Span));
    }
}

/// <summary>The names a filter keeps: all start with <see cref="Prefix"/> (empty when it says nothing), and <see cref="Keeps"/> decides each.</summary>
internal sealed record NameFilter(string Prefix, Func<string, bool> Keeps);

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// A SELECT: FROM, WHERE, the select list, GROUP BY / HAVING / aggregates, DISTINCT and its ORDER BY,
/// which (unlike after a set operation) can also sort by expressions of the input.
/// </summary>
internal sealed partial class QueryBinder
{
    private BoundQuery BindSelect(SelectCore core, ImmutableArray<OrderItem> orderBy)
    {
        var (plan, scope) = core.From.IsEmpty ? (new SingleRowPlan(), Scope.Empty(outer)) : BindFrom(core.From);
        if (core.Where is { } where)
        {
            plan = Filtered(plan, expressions.BindCondition(where, new ExpressionContext(scope, "WHERE clause", AllowAggregates: false)));
        }

        var targets = Targets(core.Items, scope);
        var (sortKeys, extras) = OrderTargets(orderBy, targets, core.Distinct, new ExpressionContext(scope, "ORDER BY", AllowAggregates: true));
        var having = core.Having is null ? null : expressions.BindCondition(core.Having, new ExpressionContext(scope, "HAVING clause", AllowAggregates: true));
        var outputs = targets.Select(t => t.Expression).Concat(extras).ToImmutableArray();
        if (!core.GroupBy.IsEmpty || having is not null || outputs.Any(o => o.DescendantsAndSelf().OfType<BoundAggregate>().Any()))
        {
            var grouping = new Grouping([.. core.GroupBy.Select(g => GroupKey(g, targets, scope))], Session);
            outputs = [.. outputs.Select(grouping.Rewrite)];
            having = having is null ? null : grouping.Rewrite(having);
            plan = new AggregatePlan(plan, grouping.Keys, grouping.Aggregates);
            plan = having is null ? plan : new FilterPlan(plan, having);
        }

        plan = new ProjectPlan(plan, outputs);
        plan = core.Distinct ? new DistinctPlan(plan) : plan;
        plan = sortKeys.IsEmpty ? plan : new SortPlan(plan, sortKeys);
        plan = extras.IsEmpty ? plan : new ProjectPlan(plan, [.. outputs.Take(targets.Length).Select((o, i) => (BoundExpression)new BoundColumn(0, i, o.Type, string.Empty, default))]);
        var columns = targets.Select((t, i) => new OutputColumn(
            t.Name, outputs[i].Type, t.Span, t.Expression is BoundUntypedLiteral, (t.Expression as BoundUnsupported)?.Feature));
        return new BoundQuery(plan, [.. columns]);
    }

    /// <summary>
    /// The WHERE filter, after moving its <c>a.x = b.y</c> conjuncts into the inner and cross joins
    /// of the FROM clause as hash keys (so <c>FROM a, b WHERE a.id = b.id</c> is not a nested loop),
    /// and its <c>column = constant</c> conjuncts on indexed columns into index scans (so
    /// <c>WHERE name = 'x'</c> does not read every row); then, over a scan, its first <c>name LIKE 'prefix%'</c>
    /// narrows the scan to the names with that prefix (the conjunct stays in the filter).
    /// </summary>
    private static Plan Filtered(Plan plan, BoundExpression condition)
    {
        var rest = new List<BoundExpression>();
        foreach (var conjunct in Conjuncts(condition))
        {
            if (plan is JoinPlan join && ColumnEquality(conjunct) is var (a, b) && join.WithKey(a, b) is { } keyed)
            {
                plan = keyed;
            }
            else if (ConstantEquality(conjunct) is var (column, value) && WithIndexScan(plan, column, value) is { } scanned)
            {
                plan = scanned;
            }
            else
            {
                rest.Add(conjunct);
            }
        }

        plan = plan is ScanPlan scan ? PrefixScanPlan.Over(scan, rest) : plan;
        return Conjunction(rest) is { } filter ? new FilterPlan(plan, filter) : plan;
    }

    /// <summary>The column and the value of <c>column = constant</c> (either way round, same type, not NULL), else null.</summary>
    private static (int Column, SqlValue Value)? ConstantEquality(BoundExpression conjunct) => conjunct switch
    {
        BoundComparison { Operator: BinaryOperator.Equal, Left: BoundColumn { Depth: 0 } c, Right: BoundLiteral l } when Comparable(c, l) => (c.Index, l.Value),
        BoundComparison { Operator: BinaryOperator.Equal, Left: BoundLiteral l, Right: BoundColumn { Depth: 0 } c } when Comparable(c, l) => (c.Index, l.Value),
        _ => null,
    };

    private static bool Comparable(BoundColumn column, BoundLiteral literal) => column.Type == literal.Type && !literal.Value.IsNull;

    /// <summary>
    /// The plan reading only the rows whose output column <paramref name="column"/> equals
    /// <paramref name="value"/> through an index: a scan of an indexed column, or a join one of whose
    /// inputs is (the filter moves into an inner join's input, or a left join's left input). Null
    /// when there is no index to use.
    /// </summary>
    private static Plan? WithIndexScan(Plan plan, int column, SqlValue value)
    {
        switch (plan)
        {
            case ScanPlan { Relation.Index: { } index } scan when index.Covers(column):
                return new IndexScanPlan(scan, index, column, value);
            case JoinPlan { Kind: JoinKind.Inner or JoinKind.Cross or JoinKind.Left } join:
                var left = column < join.Merged.Length ? join.Merged[column].Left : column - join.Merged.Length;
                if (left < join.LeftWidth)
                {
                    return WithIndexScan(join.Left, left, value) is { } newLeft ? join with { Left = newLeft } : null;
                }

                return join.Kind != JoinKind.Left && WithIndexScan(join.Right, left - join.LeftWidth, value) is { } newRight ? join with { Right = newRight } : null;
            default:
                return null;
        }
    }

    /// <summary>The select list with <c>*</c> and <c>t.*</c> expanded, each item named.</summary>
    private ImmutableArray<Target> Targets(ImmutableArray<SelectItem> items, Scope scope)
    {
        var context = new ExpressionContext(scope, "SELECT", AllowAggregates: true);
        var targets = ImmutableArray.CreateBuilder<Target>();
        foreach (var item in items)
        {
            switch (item)
            {
                case StarSelectItem star:
                    if (scope.Tables.IsEmpty)
                    {
                        throw QueryErrors.StarWithoutTables(star.Span);
                    }

                    targets.AddRange(ColumnTargets(scope, i => !scope.Columns[i].Hidden, star.Span));
                    break;
                case QualifiedStarSelectItem qualified:
                    var qualifier = qualified.Qualifier.Select(q => q.Value).ToArray();
                    var tables = scope.TablesNamed(qualifier);
                    var table = tables.Length switch
                    {
                        0 => throw scope.MissingTable(qualifier, () => QueryErrors.NoTableInScope(string.Join('.', qualifier), qualified.Span), qualified.Span),
                        1 => tables[0],
                        _ => throw QueryErrors.AmbiguousTable(qualifier[^1], qualified.Span),
                    };
                    targets.AddRange(ColumnTargets(scope, i => scope.Columns[i].Table == table, qualified.Span));
                    break;
                case ExpressionSelectItem expression:
                    targets.Add(new Target(expressions.Bind(expression.Expression, context), ColumnNaming.Of(expression), expression.Span));
                    break;
            }
        }

        return targets.ToImmutable();
    }

    private IEnumerable<Target> ColumnTargets(Scope scope, Func<int, bool> include, TextSpan span) =>
        Enumerable.Range(0, scope.Columns.Length).Where(include).Select(i =>
        {
            var column = scope.Columns[i];
            Session.Read(column);
            var value = column.Unsupported is { } feature
                ? Session.Unsupported(feature, span)
                : (BoundExpression)new BoundColumn(0, i, column.Type, column.Display, new Location(span));
            return new Target(value, column.Name, span);
        });

    /// <summary>
    /// ORDER BY of a SELECT: a position, an output column's name, an expression equal to an output
    /// column, or another expression of the input, computed as an extra hidden column (not allowed
    /// with DISTINCT).
    /// </summary>
    private (ImmutableArray<SortKey> Keys, ImmutableArray<BoundExpression> Extras) OrderTargets(
        ImmutableArray<OrderItem> orderBy, ImmutableArray<Target> targets, bool distinct, ExpressionContext context)
    {
        var keys = ImmutableArray.CreateBuilder<SortKey>();
        var extras = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var item in orderBy)
        {
            var index = item.Expression switch
            {
                NumberExpression number => Position(number, targets.Length, "ORDER BY"),
                ColumnReference { Parts: [var name] } when targets.Any(t => t.Name == name.Value) => OutputNamed(targets, name.Value, item.Expression.Span),
                _ => -1,
            };
            if (index < 0)
            {
                var bound = expressions.Bind(item.Expression, context);
                index = targets.Select(t => t.Expression).ToImmutableArray().IndexOf(bound);
                if (index < 0)
                {
                    if (distinct)
                    {
                        throw QueryErrors.DistinctOrderBy(item.Expression.Span);
                    }

                    extras.Add(bound);
                    index = targets.Length + extras.Count - 1;
                }
            }

            keys.Add(Key(index, item));
        }

        return (keys.ToImmutable(), extras.ToImmutable());
    }

    /// <summary>The output column an ORDER BY name means; several are fine when they are the same expression.</summary>
    private static int OutputNamed(ImmutableArray<Target> targets, string name, TextSpan span)
    {
        var matches = targets.Where(t => t.Name == name).ToArray();
        return matches.All(m => m.Expression.Equals(matches[0].Expression))
            ? targets.IndexOf(matches[0])
            : throw QueryErrors.AmbiguousOrderBy(name, span);
    }

    /// <summary>
    /// A GROUP BY item: a position in the select list, an input column, or (when no input column has
    /// the name) an output column's name, or an expression of the input.
    /// </summary>
    private BoundExpression GroupKey(Expression expression, ImmutableArray<Target> targets, Scope scope)
    {
        var key = expression switch
        {
            NumberExpression number => targets[Position(number, targets.Length, "GROUP BY")].Expression,
            ColumnReference { Parts: [var name] } when !scope.Columns.Any(c => !c.Hidden && c.Name == name.Value)
                && targets.FirstOrDefault(t => t.Name == name.Value) is { } output => output.Expression,
            _ => expressions.Bind(expression, new ExpressionContext(scope, "GROUP BY clause", AllowAggregates: false)),
        };
        return key.DescendantsAndSelf().OfType<BoundAggregate>().Any()
            ? throw QueryErrors.AggregateNotAllowed("GROUP BY clause", expression.Span)
            : key;
    }

    /// <summary>An item of the select list: its value over the input rows, its name and where it was written.</summary>
    private sealed record Target(BoundExpression Expression, string Name, TextSpan Span);
}

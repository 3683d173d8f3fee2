using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>The FROM clause: tables, subqueries and joins, into a plan and the scope of its rows.</summary>
internal sealed partial class QueryBinder
{
    private (Plan Plan, Scope Scope) BindFrom(ImmutableArray<TableSource> from)
    {
        var items = from.Select(BindSource).ToArray();
        var result = items.Skip(1).Aggregate(items[0], (left, right) =>
            Joined(left, right, JoinKind.Cross, [], null, [], [.. left.Columns, .. right.Columns]));
        return (result.Plan, new Scope(result.Columns, result.Tables, outer));
    }

    private FromItem BindSource(TableSource source) => source switch
    {
        TableReference table => Table(table),
        SubqueryTableSource subquery => DerivedTable(subquery),
        ParenthesizedTableSource parenthesized => BindSource(parenthesized.Inner),
        JoinedTable join => Join(join),
        _ => throw new QueryNotEvaluatedException("an incomplete query", source.Span),
    };

    private FromItem Table(TableReference reference)
    {
        var name = reference.Name;
        if (name.IsMissing)
        {
            throw new QueryNotEvaluatedException("an incomplete query", reference.Span);
        }

        if (name.Parts.Length > 3)
        {
            throw QueryErrors.OverqualifiedName(name.ToString(), name.Span);
        }

        var relation = Session.Environment.Find([.. name.Parts.Select(p => p.Value)])
            ?? throw QueryErrors.UnknownRelationError(name.ToString(), name.Span);
        var table = new ScopeTable(reference.Alias?.Value ?? relation.Name, relation.Schema, relation.Name, reference.Alias is not null, reference.Span);
        return new FromItem(new ScanPlan(relation, table), [.. relation.Columns.Select((c, i) => new ScopeColumn(c.Name, c.Type, table) { Ordinal = i })], [table]);
    }

    /// <summary>A subquery in FROM: it sees the enclosing queries, not the other FROM items (no LATERAL).</summary>
    private FromItem DerivedTable(SubqueryTableSource source)
    {
        var child = new QueryBinder(Session, outer, level);
        var bound = child.BindQuery(source.Subquery);
        referencedLevels.UnionWith(child.referencedLevels);
        var table = new ScopeTable(source.Alias.Value, null, null, aliased: true, source.Span);
        return new FromItem(bound.Plan, [.. bound.Columns.Select((c, i) => new ScopeColumn(c.Name, c.Type, table, Unsupported: c.Unsupported) { Ordinal = i })], [table]);
    }

    private FromItem Join(JoinedTable join)
    {
        var left = BindSource(join.Left);
        var right = BindSource(join.Right);
        if (join.Kind == JoinKind.Cross)
        {
            return Joined(left, right, JoinKind.Cross, [], null, [], [.. left.Columns, .. right.Columns]);
        }

        if (join.Natural)
        {
            var common = left.Columns.Where(c => !c.Hidden).Select(c => c.Name)
                .Where(name => right.Columns.Any(c => !c.Hidden && c.Name == name)).Distinct();
            return Using(left, right, join.Kind, [.. common.Select(name => (name, join.Span))]);
        }

        return join.Condition switch
        {
            UsingJoinCondition usingColumns => Using(left, right, join.Kind, [.. usingColumns.Columns.Select(c => (c.Value, c.Span))]),
            OnJoinCondition on => On(left, right, join.Kind, on),
            _ => throw new QueryNotEvaluatedException("an incomplete query", join.Span),
        };
    }

    /// <summary>
    /// <c>JOIN ... ON</c>: the condition sees both sides; its <c>a.x = b.y</c> conjuncts across the
    /// sides become hash keys, the rest is checked on each pair.
    /// </summary>
    private FromItem On(FromItem left, FromItem right, JoinKind kind, OnJoinCondition on)
    {
        ImmutableArray<ScopeColumn> columns = [.. left.Columns, .. right.Columns];
        var scope = new Scope(columns, Tables(left, right), outer);
        var condition = expressions.BindCondition(on.Condition, new ExpressionContext(scope, "ON clause", AllowAggregates: false));
        var keys = new List<JoinKey>();
        var rest = new List<BoundExpression>();
        foreach (var conjunct in Conjuncts(condition))
        {
            if (ColumnEquality(conjunct) is var (a, b) && Math.Min(a, b) < left.Columns.Length && Math.Max(a, b) >= left.Columns.Length)
            {
                keys.Add(new JoinKey(Math.Min(a, b), Math.Max(a, b) - left.Columns.Length));
            }
            else
            {
                rest.Add(conjunct);
            }
        }

        return Joined(left, right, kind, [.. keys], Conjunction(rest), [], columns);
    }

    /// <summary>
    /// <c>JOIN ... USING (c, ...)</c> and NATURAL joins: each column exists once on each side, with one
    /// type. The merged columns come first and are the only ones reachable unqualified.
    /// </summary>
    private FromItem Using(FromItem left, FromItem right, JoinKind kind, ImmutableArray<(string Name, TextSpan Span)> names)
    {
        var leftColumns = left.Columns.ToBuilder();
        var rightColumns = right.Columns.ToBuilder();
        var merged = new List<ScopeColumn>();
        var keys = new List<JoinKey>();
        var seen = new HashSet<string>();
        foreach (var (name, span) in names)
        {
            if (!seen.Add(name))
            {
                throw QueryErrors.UsingColumnRepeated(name, span);
            }

            var l = UsingColumn(left.Columns, name, "left", span);
            var r = UsingColumn(right.Columns, name, "right", span);
            var (lc, rc) = (left.Columns[l], right.Columns[r]);
            Session.Read(lc);
            Session.Read(rc);
            var unsupported = lc.Unsupported ?? rc.Unsupported;
            if (unsupported is null && lc.Type != rc.Type)
            {
                throw QueryErrors.TypesCannotBeMatched($"NATURAL/USING join column \"{name}\"", SqlTypeNames.Of(lc.Type), SqlTypeNames.Of(rc.Type), span);
            }

            merged.Add(new ScopeColumn(name, lc.Type, null, Unsupported: unsupported));
            keys.Add(new JoinKey(l, r));
            leftColumns[l] = lc with { Hidden = true };
            rightColumns[r] = rc with { Hidden = true };
        }

        return Joined(left, right, kind, [.. keys], null, [.. keys], [.. merged, .. leftColumns, .. rightColumns]);
    }

    private static int UsingColumn(ImmutableArray<ScopeColumn> columns, string name, string side, TextSpan span)
    {
        var match = ColumnMatch.Of(columns, name);
        return match switch
        {
            { Ambiguous: true } => throw QueryErrors.UsingColumnAmbiguous(name, side, span),
            { First: < 0 } => throw QueryErrors.UsingColumnMissing(name, side, span),
            _ => match.First,
        };
    }

    private static FromItem Joined(
        FromItem left, FromItem right, JoinKind kind, ImmutableArray<JoinKey> keys, BoundExpression? condition, ImmutableArray<JoinKey> merged,
        ImmutableArray<ScopeColumn> columns) =>
        new(new JoinPlan(left.Plan, left.Columns.Length, kind, right.Plan, right.Columns.Length, keys, condition, merged), columns, Tables(left, right));

    /// <summary>The tables of both sides; two with the same name need an alias to tell them apart.</summary>
    private static ImmutableArray<ScopeTable> Tables(FromItem left, FromItem right)
    {
        foreach (var table in right.Tables)
        {
            if (left.Tables.Any(t => t.ConflictsWith(table)))
            {
                throw QueryErrors.DuplicateTable(table.Name, table.Span);
            }
        }

        return [.. left.Tables, .. right.Tables];
    }

    /// <summary>The operands of the ANDs at the top of <paramref name="condition"/>.</summary>
    internal static IEnumerable<BoundExpression> Conjuncts(BoundExpression condition) =>
        condition is BoundJunction { IsOr: false } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [condition];

    private static BoundExpression? Conjunction(IEnumerable<BoundExpression> conjuncts) =>
        conjuncts.Aggregate((BoundExpression?)null, (all, next) => all is null ? next : new BoundJunction(IsOr: false, all, next));

    /// <summary>The positions of <c>a = b</c> between two columns of the current row of one type, else null.</summary>
    private static (int A, int B)? ColumnEquality(BoundExpression conjunct) =>
        conjunct is BoundComparison { Operator: BinaryOperator.Equal, Left: BoundColumn { Depth: 0 } a, Right: BoundColumn { Depth: 0 } b } && a.Type == b.Type
            ? (a.Index, b.Index)
            : null;

    /// <summary>A bound FROM item: its plan, the columns of its rows and the tables that qualify them.</summary>
    private sealed record FromItem(Plan Plan, ImmutableArray<ScopeColumn> Columns, ImmutableArray<ScopeTable> Tables);
}

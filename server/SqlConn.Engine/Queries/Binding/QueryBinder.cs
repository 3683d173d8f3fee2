using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// Binds one query level (a SELECT, a set operation, their ORDER BY and LIMIT) into a plan.
/// <paramref name="outer"/> is what its expressions can see of enclosing queries; <paramref name="level"/>
/// its nesting depth, to tell which subqueries read the rows of enclosing queries (correlated ones).
/// </summary>
internal sealed partial class QueryBinder
{
    private readonly Scope? outer;
    private readonly int level;
    private readonly HashSet<int> referencedLevels = [];
    private readonly ExpressionBinder expressions;

    public QueryBinder(BindingSession session, Scope? outer, int level)
    {
        Session = session;
        this.outer = outer;
        this.level = level;
        expressions = new ExpressionBinder(this);
    }

    public BindingSession Session { get; }

    /// <summary>Records that an expression of this level read a column <paramref name="depth"/> levels out.</summary>
    public void NoteReference(int depth)
    {
        if (depth > 0)
        {
            referencedLevels.Add(level - depth);
        }
    }

    /// <summary>A condition over <paramref name="scope"/> (a SHOW ... WHERE filter), aggregates not allowed.</summary>
    public BoundExpression BindCondition(Expression condition, Scope scope, string clause) =>
        expressions.BindCondition(condition, new ExpressionContext(scope, clause, AllowAggregates: false));

    /// <summary>Binds a subquery used in an expression whose names are <paramref name="scope"/>; tells whether it is correlated.</summary>
    public (BoundQuery Query, bool Correlated) BindSubquery(Query query, Scope scope)
    {
        var child = new QueryBinder(Session, scope, level + 1);
        var bound = child.BindQuery(query);
        referencedLevels.UnionWith(child.referencedLevels.Where(l => l < level));
        return (bound, child.referencedLevels.Count > 0);
    }

    public BoundQuery BindQuery(Query query)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (query.Body is ParenthesizedQuery parenthesized && (!query.OrderBy.IsEmpty || query.Limit is not null || query.Offset is not null))
        {
            return BindQuery(Merge(query, parenthesized.Inner));
        }

        var body = query.Body is SelectCore core ? BindSelect(core, query.OrderBy) : Sorted(BindBody(query.Body), query.OrderBy);
        return Limited(body, query.Limit, query.Offset);
    }

    /// <summary>
    /// <c>(SELECT ...) ORDER BY ... LIMIT ...</c>: PostgreSQL moves the outer clauses into the
    /// parenthesised query, which must not have its own.
    /// </summary>
    private static Query Merge(Query outerQuery, Query inner)
    {
        if (!outerQuery.OrderBy.IsEmpty && !inner.OrderBy.IsEmpty)
        {
            throw QueryErrors.DuplicateClauseError("ORDER BY", outerQuery.OrderBy[0].Span);
        }

        if (outerQuery.Limit is not null && inner.Limit is not null)
        {
            throw QueryErrors.DuplicateClauseError("LIMIT", outerQuery.Limit.Span);
        }

        if (outerQuery.Offset is not null && inner.Offset is not null)
        {
            throw QueryErrors.DuplicateClauseError("OFFSET", outerQuery.Offset.Span);
        }

        return inner with
        {
            OrderBy = inner.OrderBy.IsEmpty ? outerQuery.OrderBy : inner.OrderBy,
            Limit = inner.Limit ?? outerQuery.Limit,
            Offset = inner.Offset ?? outerQuery.Offset,
        };
    }

    private BoundQuery BindBody(QueryBody body) => body switch
    {
        SelectCore core => BindSelect(core, []),
        ParenthesizedQuery parenthesized => BindQuery(parenthesized.Inner),
        SetOperation operation => BindSetOperation(operation),
        _ => throw new QueryNotEvaluatedException("an incomplete query", body.Span),
    };

    /// <summary>
    /// UNION / INTERSECT / EXCEPT: the same number of columns on both sides, of matching types (an
    /// untyped literal column takes the other side's type), named after the left side.
    /// </summary>
    private BoundQuery BindSetOperation(SetOperation operation)
    {
        var left = BindBody(operation.Left);
        var right = BindBody(operation.Right);
        var name = operation.Operator.ToString().ToUpperInvariant();
        if (left.Columns.Length != right.Columns.Length)
        {
            throw QueryErrors.SetOperationColumnCount(name, operation.Right.Span);
        }

        var columns = left.Columns.Zip(right.Columns, (l, r) =>
        {
            var unsupported = l.Unsupported ?? r.Unsupported;
            var type = l.Untyped ? r.Type : r.Untyped || unsupported is not null || l.Type == r.Type ? l.Type
                : throw QueryErrors.TypesCannotBeMatched(name, SqlTypeNames.Of(l.Type), SqlTypeNames.Of(r.Type), operation.Right.Span);
            return l with { Type = type, Untyped = l.Untyped && r.Untyped, Unsupported = unsupported };
        }).ToImmutableArray();
        var plan = new SetOperationPlan(Coerced(left, columns), operation.Operator, operation.All, Coerced(right, columns));
        return new BoundQuery(plan, columns);
    }

    /// <summary>The side's plan with its untyped literal columns read as the types the set operation settled on.</summary>
    private static Plan Coerced(BoundQuery side, ImmutableArray<OutputColumn> columns)
    {
        if (!side.Columns.Zip(columns).Any(p => p.First.Untyped && p.Second.Type != SqlType.Text))
        {
            return side.Plan;
        }

        return new ProjectPlan(side.Plan, [.. side.Columns.Select((column, i) =>
        {
            var value = new BoundColumn(0, i, column.Type, column.Name, new Location(column.Span));
            return column.Untyped && columns[i].Type != SqlType.Text
                ? new BoundCast(value, CastTarget.For(columns[i].Type), new Location(column.Span))
                : (BoundExpression)value;
        })]);
    }

    /// <summary>ORDER BY after a set operation: output column names and positions only.</summary>
    private static BoundQuery Sorted(BoundQuery body, ImmutableArray<OrderItem> orderBy)
    {
        if (orderBy.IsEmpty)
        {
            return body;
        }

        var keys = orderBy.Select(item =>
        {
            var index = item.Expression switch
            {
                NumberExpression number => Position(number, body.Columns.Length, "ORDER BY"),
                ColumnReference { Parts: [var name] } => SingleOutput(body.Columns.Select(c => c.Name), name.Value, item.Expression.Span)
                    ?? throw QueryErrors.UnknownColumnError(name.Value, item.Expression.Span),
                _ => throw QueryErrors.SetOperationOrderBy(item.Expression.Span),
            };
            return Key(index, item);
        });
        return body with { Plan = new SortPlan(body.Plan, [.. keys]) };
    }

    private BoundQuery Limited(BoundQuery body, Limit? limit, Expression? offset)
    {
        var context = new ExpressionContext(Scope.Empty(outer), "LIMIT", AllowAggregates: false);
        LimitValue? Value(Expression? expression, string clause) => expression is null
            ? null
            : new LimitValue(expressions.Require(expressions.Bind(expression, context with { Clause = clause }), CastTarget.BigInt, clause, expression.Span), expression.Span);

        var count = Value(limit?.Count, "LIMIT");
        var skip = Value(offset, "OFFSET");
        return count is null && skip is null ? body : body with { Plan = new LimitPlan(body.Plan, count, skip) };
    }

    /// <summary>An ORDER BY or GROUP BY position (1-based) as a 0-based column index.</summary>
    private static int Position(NumberExpression number, int count, string clause) =>
        int.TryParse(number.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= count
            ? position - 1
            : throw QueryErrors.PositionNotInSelectList(clause, number.Text, number.Span);

    /// <summary>The one output column of that name, null when none, an error when several.</summary>
    private static int? SingleOutput(IEnumerable<string> names, string name, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var matches = names.Select((n, i) => (n, i)).Where(p => p.n == name).Select(p => p.i).Take(2).ToArray();
        return matches.Length switch
        {
            0 => null,
            1 => matches[0],
            _ => throw QueryErrors.AmbiguousOrderBy(name, span),
        };
    }

    /// <summary>PostgreSQL's defaults: ascending, NULLS LAST for ascending and NULLS FIRST for descending.</summary>
    private static SortKey Key(int column, OrderItem item) =>
        new(column, item.Descending == true, item.NullsFirst ?? item.Descending == true);
}

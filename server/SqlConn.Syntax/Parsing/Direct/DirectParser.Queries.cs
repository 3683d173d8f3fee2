using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>SELECT queries.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>selectStatement</c>.</summary>
    private Query Query()
    {
        EnsureStack();
        var mark = cursor.Mark;
        var body = QueryExpression();
        var orderBy = OrderBy();
        Limit? limit = null;
        var limitMark = cursor.Mark;
        if (cursor.Accept(SqlConnLexer.LIMIT))
        {
            var count = cursor.Accept(SqlConnLexer.ALL) ? null : Expression();
            limit = new Limit(count, cursor.SpanFrom(limitMark));
        }

        var offset = cursor.Accept(SqlConnLexer.OFFSET) ? Expression() : null;
        return new Query(body, orderBy, limit, offset, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>queryExpression</c>: set operations, left-associative.</summary>
    private QueryBody QueryExpression()
    {
        var body = QueryTerm();
        while (cursor.Type() is SqlConnLexer.UNION or SqlConnLexer.EXCEPT or SqlConnLexer.INTERSECT)
        {
            var kind = cursor.Next().Type switch
            {
                SqlConnLexer.EXCEPT => SetOperator.Except,
                SqlConnLexer.INTERSECT => SetOperator.Intersect,
                _ => SetOperator.Union,
            };
            var all = cursor.Accept(SqlConnLexer.ALL);
            if (!all)
            {
                cursor.Accept(SqlConnLexer.DISTINCT);
            }

            var right = QueryTerm();
            body = new SetOperation(body, kind, all, right, TextSpan.FromBounds(body.Span.Start, right.Span.End));
        }

        return body;
    }

    /// <summary>Rule <c>queryTerm</c>.</summary>
    private QueryBody QueryTerm()
    {
        if (cursor.Type() != SqlConnLexer.LPAREN)
        {
            return SelectCore();
        }

        var mark = cursor.Mark;
        var inner = ParenthesizedQuery();
        return new ParenthesizedQuery(inner, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>selectCore</c>.</summary>
    private SelectCore SelectCore()
    {
        var mark = cursor.Mark;
        cursor.Expect(SqlConnLexer.SELECT);
        var distinct = cursor.Type() == SqlConnLexer.DISTINCT;
        if (distinct || cursor.Type() == SqlConnLexer.ALL)
        {
            cursor.Next();
        }

        var items = CommaList(static p => p.SelectItem());
        var from = cursor.Accept(SqlConnLexer.FROM) ? CommaList(static p => p.FromItem()) : [];
        var where = cursor.Accept(SqlConnLexer.WHERE) ? Expression() : null;
        ImmutableArray<Expression> groupBy = [];
        if (cursor.Accept(SqlConnLexer.GROUP))
        {
            cursor.Expect(SqlConnLexer.BY);
            groupBy = CommaList(static p => p.Expression());
        }

        var having = cursor.Accept(SqlConnLexer.HAVING) ? Expression() : null;
        return new SelectCore(distinct, items, from, where, groupBy, having, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>selectItem</c>.</summary>
    private SelectItem SelectItem()
    {
        var mark = cursor.Mark;
        if (cursor.Accept(SqlConnLexer.STAR))
        {
            return new StarSelectItem(cursor.SpanFrom(mark));
        }

        if (IsQualifiedStar())
        {
            var qualifier = ImmutableArray.CreateBuilder<Identifier>();
            do
            {
                qualifier.Add(ExprIdent());
                cursor.Expect(SqlConnLexer.DOT);
            }
            while (cursor.Type() != SqlConnLexer.STAR);

            cursor.Next();
            return new QualifiedStarSelectItem(qualifier.ToImmutable(), cursor.SpanFrom(mark));
        }

        var expression = Expression();
        var alias = Alias();
        return new ExpressionSelectItem(expression, alias, cursor.SpanFrom(mark));
    }

    /// <summary>Whether <c>exprIdent ( DOT exprIdent )* DOT STAR</c> starts here.</summary>
    private bool IsQualifiedStar()
    {
        var k = 0;
        while (IsExprIdent(cursor.Type(k)) && cursor.Type(k + 1) == SqlConnLexer.DOT)
        {
            if (cursor.Type(k + 2) == SqlConnLexer.STAR)
            {
                return true;
            }

            k += 2;
        }

        return false;
    }

    /// <summary><c>( AS ident | aliasIdent )?</c> after a select item or a table.</summary>
    private Identifier? Alias()
    {
        var type = cursor.Type();
        if (type == SqlConnLexer.AS && IsIdent(cursor.Type(1)))
        {
            cursor.Next();
            return Ident();
        }

        return IsAliasIdent(type) ? AliasIdent() : null;
    }

    /// <summary>Rule <c>fromItem</c>: a table and its joins, left-associative.</summary>
    private TableSource FromItem()
    {
        var source = TablePrimary();
        while (true)
        {
            var kind = JoinKind.Inner;
            var natural = false;
            switch (cursor.Type())
            {
                case SqlConnLexer.CROSS:
                    cursor.Next();
                    cursor.Expect(SqlConnLexer.JOIN);
                    var crossed = TablePrimary();
                    source = new JoinedTable(source, JoinKind.Cross, false, crossed, null, TextSpan.FromBounds(source.Span.Start, cursor.EndOfPrevious));
                    continue;
                case SqlConnLexer.NATURAL:
                    cursor.Next();
                    natural = true;
                    kind = JoinType();
                    break;
                case SqlConnLexer.JOIN or SqlConnLexer.INNER or SqlConnLexer.LEFT or SqlConnLexer.RIGHT or SqlConnLexer.FULL:
                    kind = JoinType();
                    break;
                default:
                    return source;
            }

            cursor.Expect(SqlConnLexer.JOIN);
            var right = TablePrimary();
            JoinCondition? condition = null;
            if (!natural)
            {
                var conditionMark = cursor.Mark;
                if (cursor.Accept(SqlConnLexer.ON))
                {
                    var on = Expression();
                    condition = new OnJoinCondition(on, cursor.SpanFrom(conditionMark));
                }
                else
                {
                    cursor.Expect(SqlConnLexer.USING);
                    cursor.Expect(SqlConnLexer.LPAREN);
                    var columns = CommaList(static p => p.Ident());
                    cursor.Expect(SqlConnLexer.RPAREN);
                    condition = new UsingJoinCondition(columns, cursor.SpanFrom(conditionMark));
                }
            }

            source = new JoinedTable(source, kind, natural, right, condition, TextSpan.FromBounds(source.Span.Start, cursor.EndOfPrevious));
        }
    }

    /// <summary>Rule <c>joinType</c>, optional (INNER when absent).</summary>
    private JoinKind JoinType()
    {
        var kind = cursor.Type() switch
        {
            SqlConnLexer.LEFT => JoinKind.Left,
            SqlConnLexer.RIGHT => JoinKind.Right,
            SqlConnLexer.FULL => JoinKind.Full,
            _ => JoinKind.Inner,
        };
        if (cursor.Type() == SqlConnLexer.INNER)
        {
            cursor.Next();
        }
        else if (kind != JoinKind.Inner)
        {
            cursor.Next();
            cursor.Accept(SqlConnLexer.OUTER);
        }

        return kind;
    }

    /// <summary>Rule <c>tablePrimary</c>.</summary>
    private TableSource TablePrimary()
    {
        EnsureStack();
        var mark = cursor.Mark;
        if (cursor.Type() != SqlConnLexer.LPAREN)
        {
            var name = ItemName();
            var alias = Alias();
            return new TableReference(name, alias, cursor.SpanFrom(mark));
        }

        switch (cursor.Type(1))
        {
            case SqlConnLexer.SELECT:
                var query = ParenthesizedQuery();
                var alias = Alias() ?? throw new DirectParseAbandoned();
                return new SubqueryTableSource(query, alias, cursor.SpanFrom(mark));
            case SqlConnLexer.LPAREN:
                // A parenthesised query or a parenthesised join: left to ANTLR's prediction.
                throw new DirectParseAbandoned();
            default:
                cursor.Next();
                var inner = FromItem();
                cursor.Expect(SqlConnLexer.RPAREN);
                return new ParenthesizedTableSource(inner, cursor.SpanFrom(mark));
        }
    }

    /// <summary>Rule <c>orderByClause</c>, optional.</summary>
    private ImmutableArray<OrderItem> OrderBy()
    {
        if (!cursor.Accept(SqlConnLexer.ORDER))
        {
            return [];
        }

        cursor.Expect(SqlConnLexer.BY);
        return CommaList(static p => p.OrderItem());
    }

    /// <summary>Rule <c>orderItem</c>.</summary>
    private OrderItem OrderItem()
    {
        var mark = cursor.Mark;
        var expression = Expression();
        bool? descending = cursor.Accept(SqlConnLexer.DESC) ? true : cursor.Accept(SqlConnLexer.ASC) ? false : null;
        bool? nullsFirst = null;
        if (cursor.Accept(SqlConnLexer.NULLS))
        {
            nullsFirst = cursor.Next().Type switch
            {
                SqlConnLexer.FIRST => true,
                SqlConnLexer.LAST => false,
                _ => throw new DirectParseAbandoned(),
            };
        }

        return new OrderItem(expression, descending, nullsFirst, cursor.SpanFrom(mark));
    }
}

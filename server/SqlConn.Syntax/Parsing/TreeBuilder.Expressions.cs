using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Antlr4.Runtime.Tree;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;
using static SqlConn.Syntax.Generated.SqlConnParser;

namespace SqlConn.Syntax.Parsing;

/// <summary>Scalar expressions and SELECT queries.</summary>
internal sealed partial class TreeBuilder
{
    private Expression Expression(ExpressionContext? c, int fallback)
    {
        if (Missing(c, fallback, out var missing))
        {
            return missing;
        }

        var span = Span(c);
        var end = span.End;
        return c switch
        {
            OperandExprContext x => Operand(x.operand(), end),
            NotExprContext x => new UnaryExpression(UnaryOperator.Not, Expression(x.expression(), end), span),
            ComparisonExprContext x => Binary(x.op, Expression(x.expression(0), end), Expression(x.expression(1), end), span),
            AndExprContext x => new BinaryExpression(BinaryOperator.And, "AND", Expression(x.expression(0), end), Expression(x.expression(1), end), span),
            OrExprContext x => new BinaryExpression(BinaryOperator.Or, "OR", Expression(x.expression(0), end), Expression(x.expression(1), end), span),
            LikeExprContext x => new LikeExpression(
                Expression(x.expression(), end),
                Operand(x.operand(0), end),
                x.ESCAPE() is null ? null : Operand(x.operand(1), end),
                x.NOT() is not null,
                x.op.Type == SqlConnLexer.ILIKE,
                span),
            InExprContext x when x.selectStatement() is { } query => new InSubqueryExpression(Expression(x.expression(0), end), Query(query), x.NOT() is not null, span),
            InExprContext x => new InListExpression(
                Expression(x.expression(0), end),
                [.. x.expression().Skip(1).Select(e => Expression(e, end))],
                x.NOT() is not null,
                span),
            BetweenExprContext x => new BetweenExpression(
                Expression(x.expression(), end), Operand(x.operand(0), end), Operand(x.operand(1), end), x.NOT() is not null, span),
            IsDistinctExprContext x => new IsExpression(
                Expression(x.expression(0), end), IsTest.DistinctFrom, Expression(x.expression(1), end), x.NOT() is not null, span),
            IsExprContext x => new IsExpression(
                Expression(x.expression(), end),
                x.NULL() is not null ? IsTest.Null : x.TRUE() is not null ? IsTest.True : IsTest.False,
                null,
                x.NOT() is not null,
                span),
            _ => new MissingExpression(span),
        };
    }

    /// <summary>An operand of LIKE, ESCAPE or BETWEEN, or of the operators that bind tighter than them.</summary>
    private Expression Operand(OperandContext? c, int fallback)
    {
        if (Missing(c, fallback, out var missing))
        {
            return missing;
        }

        var span = Span(c);
        var end = span.End;
        return c switch
        {
            PrimaryExprContext p => Primary(p.primaryExpression(), end),
            CastExprContext x => new CastExpression(Operand(x.operand(), end), TypeName(x.typeName(), end), false, span),
            SubscriptExprContext x => new SubscriptExpression(Operand(x.operand(), end), Expression(x.expression(), end), span),
            UnaryExprContext x => new UnaryExpression(x.op.Type == SqlConnLexer.MINUS ? UnaryOperator.Minus : UnaryOperator.Plus, Operand(x.operand(), end), span),
            MultiplicativeExprContext x => Binary(x.op, Operand(x.operand(0), end), Operand(x.operand(1), end), span),
            AdditiveExprContext x => Binary(x.op, Operand(x.operand(0), end), Operand(x.operand(1), end), span),
            OtherOperatorExprContext x => Binary(x.op, Operand(x.operand(0), end), Operand(x.operand(1), end), span),
            _ => new MissingExpression(span),
        };
    }

    /// <summary>
    /// Whether ANTLR's error recovery left nothing of an expression (<paramref name="missing"/> then
    /// stands for it, empty at <paramref name="fallback"/>); otherwise checks that the stack has room
    /// to build it (expressions nest as deep as the input does).
    /// </summary>
    private static bool Missing([NotNullWhen(false)] Antlr4.Runtime.ParserRuleContext? c, int fallback, [NotNullWhen(true)] out Expression? missing)
    {
        if (c is null || c.Start is null || (c.exception is not null && c.ChildCount == 0))
        {
            missing = new MissingExpression(new TextSpan(fallback, 0));
            return true;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        missing = null;
        return false;
    }

    private static BinaryExpression Binary(Antlr4.Runtime.IToken op, Expression left, Expression right, TextSpan span) =>
        TreeValues.Binary(op, left, right, span);

    private Expression Primary(PrimaryExpressionContext? c, int fallback)
    {
        if (c is null || c.Start is null)
        {
            return new MissingExpression(new TextSpan(fallback, 0));
        }

        var span = Span(c);
        var end = span.End;
        return c switch
        {
            LiteralExprContext l => LiteralExpression(l.literal(), span),
            ParameterExprContext p => new ParameterExpression(p.PARAMETER().GetText(), span),
            CastFunctionExprContext x => new CastExpression(Expression(x.expression(), end), TypeName(x.typeName(), end), true, span),
            CaseExprContext x => Case(x, span),
            ExistsExprContext x => new ExistsExpression(Query(x.selectStatement()), span),
            ArrayExprContext x => new ArrayExpression([.. x.expression().Select(e => Expression(e, end))], span),
            ArraySubqueryExprContext x => new ArraySubqueryExpression(Query(x.selectStatement()), span),
            SubqueryExprContext x => new SubqueryExpression(Query(x.selectStatement()), span),
            ParenthesizedExprContext x when x.expression().Length == 1 => new ParenthesizedExpression(Expression(x.expression(0), end), span),
            ParenthesizedExprContext x => new RowExpression([.. x.expression().Select(e => Expression(e, end))], span),
            FunctionCallExprContext x => new FunctionCall(
                new ObjectName(Ids(x.exprIdent(), end), Cover(x.exprIdent(0).Start, x.exprIdent()[^1].Stop ?? x.exprIdent(0).Start)),
                [.. x.expression().Select(e => Expression(e, end))],
                x.STAR() is not null,
                x.DISTINCT() is not null,
                OrderBy(x.orderByClause()),
                span),
            ColumnRefExprContext x => new ColumnReference(Ids(x.exprIdent(), end), span),
            _ => new MissingExpression(span),
        };
    }

    private Expression LiteralExpression(LiteralContext? c, TextSpan span)
    {
        if (FirstToken(c) is not { } token)
        {
            return new MissingExpression(span);
        }

        return TreeValues.LiteralExpression(token, span, StringToken);
    }

    /// <summary><c>CASE [operand] WHEN c THEN r ... [ELSE e] END</c>, read child by child.</summary>
    private CaseExpression Case(CaseExprContext c, TextSpan span)
    {
        Expression? operand = null;
        Expression? elseResult = null;
        var whens = ImmutableArray.CreateBuilder<WhenClause>();
        Expression? condition = null;
        var previous = SqlConnLexer.CASE;
        foreach (var child in c.children)
        {
            if (child is ITerminalNode terminal)
            {
                previous = terminal.Symbol.Type;
                continue;
            }

            var expression = Expression(child as ExpressionContext, span.End);
            switch (previous)
            {
                case SqlConnLexer.CASE:
                    operand = expression;
                    break;
                case SqlConnLexer.WHEN:
                    condition = expression;
                    break;
                case SqlConnLexer.THEN:
                    var whenCondition = condition ?? new MissingExpression(new TextSpan(expression.Span.Start, 0));
                    whens.Add(new WhenClause(whenCondition, expression, Between(whenCondition.Span.Start, expression.Span.End)));
                    condition = null;
                    break;
                case SqlConnLexer.ELSE:
                    elseResult = expression;
                    break;
            }
        }

        return new CaseExpression(operand, whens.ToImmutable(), elseResult, span);
    }

    private TypeName TypeName(TypeNameContext? c, int fallback)
    {
        if (c is null || c.exprIdent().Length == 0)
        {
            return new TypeName(ObjectName.Missing(fallback), [], 0, new TextSpan(fallback, 0));
        }

        var parts = Ids(c.exprIdent(), End(c));
        var name = new ObjectName(parts, Between(parts[0].Span.Start, parts[^1].Span.End));
        return new TypeName(name, [.. c.NUMBER().Select(n => n.GetText())], c.LBRACKET().Length, Span(c));
    }

    // ---------------------------------------------------------------------------------------------
    // Queries
    // ---------------------------------------------------------------------------------------------
    private Query Query(SelectStatementContext? c)
    {
        var span = Span(c);
        if (c is null)
        {
            return new Query(new SelectCore(false, [], [], null, [], null, span), [], null, null, span);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var limit = c.limitClause() is { } l
            ? new Limit(l.ALL() is not null ? null : Expression(l.expression(), End(l)), Span(l))
            : null;
        var offset = c.offsetClause() is { } o ? Expression(o.expression(), End(o)) : null;
        return new Query(QueryExpression(c.queryExpression(), span.End), OrderBy(c.orderByClause()), limit, offset, span);
    }

    private QueryBody QueryExpression(QueryExpressionContext? c, int fallback)
    {
        if (c is null || c.queryTerm() is not { Length: > 0 } terms)
        {
            return new SelectCore(false, [], [], null, [], null, new TextSpan(fallback, 0));
        }

        var body = QueryTerm(terms[0]);
        var operators = c.setOperator();
        for (var i = 1; i < terms.Length; i++)
        {
            var op = operators.ElementAtOrDefault(i - 1);
            var right = QueryTerm(terms[i]);
            var kind = op?.EXCEPT() is not null ? SetOperator.Except : op?.INTERSECT() is not null ? SetOperator.Intersect : SetOperator.Union;
            body = new SetOperation(body, kind, op?.ALL() is not null, right, Between(body.Span.Start, right.Span.End));
        }

        return body;
    }

    private QueryBody QueryTerm(QueryTermContext c) =>
        c.selectStatement() is { } inner
            ? new ParenthesizedQuery(Query(inner), Span(c))
            : SelectCore(c.selectCore());

    private SelectCore SelectCore(SelectCoreContext? c)
    {
        var span = Span(c);
        if (c is null)
        {
            return new SelectCore(false, [], [], null, [], null, span);
        }

        // The WHERE, GROUP BY and HAVING expressions follow their keywords in child order.
        Expression? where = null;
        Expression? having = null;
        var groupBy = ImmutableArray.CreateBuilder<Expression>();
        var clause = 0;
        foreach (var child in c.children)
        {
            if (child is ITerminalNode terminal)
            {
                clause = terminal.Symbol.Type switch
                {
                    SqlConnLexer.WHERE or SqlConnLexer.GROUP or SqlConnLexer.HAVING => terminal.Symbol.Type,
                    _ => clause,
                };
            }
            else if (child is ExpressionContext e)
            {
                var expression = Expression(e, span.End);
                switch (clause)
                {
                    case SqlConnLexer.WHERE: where = expression; break;
                    case SqlConnLexer.GROUP: groupBy.Add(expression); break;
                    case SqlConnLexer.HAVING: having = expression; break;
                }
            }
        }

        return new SelectCore(
            c.DISTINCT() is not null,
            [.. c.selectItem().Select(SelectItem)],
            [.. c.fromItem().Select(FromItem)],
            where,
            groupBy.ToImmutable(),
            having,
            span);
    }

    private SelectItem SelectItem(SelectItemContext c)
    {
        var span = Span(c);
        return c switch
        {
            QualifiedStarItemContext q => new QualifiedStarSelectItem(Ids(q.exprIdent(), span.End), span),
            ExpressionItemContext e => new ExpressionSelectItem(
                Expression(e.expression(), span.End),
                e.ident() is { } alias ? Id(alias, span.End) : e.aliasIdent() is { } bare ? Id(bare, span.End) : null,
                span),
            _ => new StarSelectItem(span),
        };
    }

    private TableSource FromItem(FromItemContext c)
    {
        var source = TablePrimary(c.tablePrimary());
        foreach (var join in c.joinClause())
        {
            var span = Between(source.Span.Start, Span(join).End);
            source = join switch
            {
                CrossJoinContext x => new JoinedTable(source, JoinKind.Cross, false, TablePrimary(x.tablePrimary()), null, span),
                NaturalJoinContext x => new JoinedTable(source, JoinType(x.joinType()), true, TablePrimary(x.tablePrimary()), null, span),
                QualifiedJoinContext x => new JoinedTable(source, JoinType(x.joinType()), false, TablePrimary(x.tablePrimary()), JoinCondition(x), span),
                _ => source,
            };
        }

        return source;
    }

    private static JoinKind JoinType(JoinTypeContext? c) =>
        c?.LEFT() is not null ? JoinKind.Left
        : c?.RIGHT() is not null ? JoinKind.Right
        : c?.FULL() is not null ? JoinKind.Full
        : JoinKind.Inner;

    private JoinCondition? JoinCondition(QualifiedJoinContext c)
    {
        if (c.ON() is { } on)
        {
            var condition = Expression(c.expression(), End(c));
            return new OnJoinCondition(condition, Between(on.Symbol.StartIndex, condition.Span.End));
        }

        return c.USING() is { } usingKeyword
            ? new UsingJoinCondition(Ids(c.ident(), End(c)), Between(usingKeyword.Symbol.StartIndex, End(c)))
            : null;
    }

    private TableSource TablePrimary(TablePrimaryContext? c)
    {
        var span = Span(c);
        Identifier? Alias(IdentContext? explicitAlias, AliasIdentContext? bare) =>
            explicitAlias is not null ? Id(explicitAlias, span.End) : bare is not null ? Id(bare, span.End) : null;
        return c switch
        {
            TableReferenceContext t => new TableReference(ItemName(t.itemName(), span.End), Alias(t.ident(), t.aliasIdent()), span),
            SubqueryReferenceContext s => new SubqueryTableSource(
                Query(s.selectStatement()), Alias(s.ident(), s.aliasIdent()) ?? Identifier.Missing(span.End), span),
            ParenthesizedFromContext p => new ParenthesizedTableSource(FromItem(p.fromItem()), span),
            _ => new TableReference(ObjectName.Missing(span.Start), null, span),
        };
    }

    private ImmutableArray<OrderItem> OrderBy(OrderByClauseContext? c) =>
        c is null
            ? []
            : [.. c.orderItem().Select(o => new OrderItem(
                Expression(o.expression(), End(o)),
                o.DESC() is not null ? true : o.ASC() is not null ? false : null,
                o.FIRST() is not null ? true : o.LAST() is not null ? false : null,
                Span(o)))];
}

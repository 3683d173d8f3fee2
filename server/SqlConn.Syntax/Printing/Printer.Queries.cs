using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>SELECT queries.</summary>
internal sealed partial class Printer
{
    private void Query(Query query)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        QueryBody(query.Body);
        if (!query.OrderBy.IsEmpty)
        {
            Write(' ');
            OrderBy(query.OrderBy);
        }

        if (query.Limit is { } limit)
        {
            Write(" LIMIT ");
            if (limit.Count is { } count)
            {
                Expression(count);
            }
            else
            {
                Write("ALL");
            }
        }

        if (query.Offset is { } offset)
        {
            Write(" OFFSET ");
            Expression(offset);
        }
    }

    private void QueryBody(QueryBody body)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (body)
        {
            case SelectCore select:
                SelectCore(select);
                break;
            case SetOperation set:
                QueryBody(set.Left);
                Write(set.Operator switch
                {
                    SetOperator.Except => " EXCEPT ",
                    SetOperator.Intersect => " INTERSECT ",
                    _ => " UNION ",
                });
                if (set.All)
                {
                    Write("ALL ");
                }

                QueryBody(set.Right);
                break;
            case ParenthesizedQuery parenthesized:
                Subquery(parenthesized.Inner);
                break;
        }
    }

    private void SelectCore(SelectCore select)
    {
        Write(select.Distinct ? "SELECT DISTINCT " : "SELECT ");
        List(select.Items, SelectItem);
        if (!select.From.IsEmpty)
        {
            Write(" FROM ");
            List(select.From, TableSource);
        }

        if (select.Where is { } where)
        {
            Write(" WHERE ");
            Expression(where);
        }

        if (!select.GroupBy.IsEmpty)
        {
            Write(" GROUP BY ");
            List(select.GroupBy, Expression);
        }

        if (select.Having is { } having)
        {
            Write(" HAVING ");
            Expression(having);
        }
    }

    private void SelectItem(SelectItem item)
    {
        switch (item)
        {
            case StarSelectItem:
                Write('*');
                break;
            case QualifiedStarSelectItem qualified:
                List(qualified.Qualifier, Identifier, ".");
                Write(".*");
                break;
            case ExpressionSelectItem expression:
                Expression(expression.Expression);
                Alias(expression.Alias);
                break;
        }
    }

    private void TableSource(TableSource source)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (source)
        {
            case TableReference table:
                Name(table.Name);
                Alias(table.Alias);
                break;
            case SubqueryTableSource subquery:
                Subquery(subquery.Subquery);
                Alias(subquery.Alias);
                break;
            case ParenthesizedTableSource parenthesized:
                Write('(');
                TableSource(parenthesized.Inner);
                Write(')');
                break;
            case JoinedTable join:
                Join(join);
                break;
        }
    }

    private void Join(JoinedTable join)
    {
        TableSource(join.Left);
        Write(join.Natural ? " NATURAL " : " ");
        Write(join.Kind switch
        {
            JoinKind.Cross => "CROSS JOIN ",
            JoinKind.Left => "LEFT JOIN ",
            JoinKind.Right => "RIGHT JOIN ",
            JoinKind.Full => "FULL JOIN ",
            _ => "JOIN ",
        });
        TableSource(join.Right);
        switch (join.Condition)
        {
            case OnJoinCondition on:
                Write(" ON ");
                Expression(on.Condition);
                break;
            case UsingJoinCondition usingColumns:
                Write(" USING ");
                Parenthesized(usingColumns.Columns, Identifier);
                break;
        }
    }

    private void Alias(Identifier? alias)
    {
        if (alias is not null)
        {
            Write(" AS ");
            Identifier(alias);
        }
    }

    private void OrderBy(ImmutableArray<OrderItem> items)
    {
        Write("ORDER BY ");
        List(items, item =>
        {
            Expression(item.Expression);
            Write(item.Descending switch
            {
                true => " DESC",
                false => " ASC",
                null => string.Empty,
            });
            Write(item.NullsFirst switch
            {
                true => " NULLS FIRST",
                false => " NULLS LAST",
                null => string.Empty,
            });
        });
    }
}

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// Where an expression is bound: the names it can use, the clause (for messages such as
/// <c>WHERE clause must have type boolean</c>), and whether aggregates are allowed there.
/// </summary>
internal sealed record ExpressionContext(Scope Scope, string Clause, bool AllowAggregates, bool InsideAggregate = false);

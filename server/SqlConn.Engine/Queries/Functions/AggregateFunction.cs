using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Functions;

/// <summary>
/// One signature of an aggregate. <see cref="Create"/> makes the state of one group; it receives
/// the call's location for errors raised while folding (an overflowing sum).
/// </summary>
internal sealed record AggregateFunction(
    string Name, EquatableArray<SqlType> Parameters, SqlType ReturnType, Func<TextSpan, Accumulator> Create);

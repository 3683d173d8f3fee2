using SqlConn.Engine.Queries.Binding;
using SqlConn.Engine.Relations;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// The state of one evaluation of a query: the columns it reads of each FROM item (from its binding),
/// and what its uncorrelated subqueries computed, kept so that they run once rather than once per row.
/// </summary>
internal sealed class QueryExecution(IReadOnlyDictionary<ScopeTable, ColumnSet> columnsRead)
{
    private readonly Dictionary<object, object> memo = new(ReferenceEqualityComparer.Instance);

    /// <summary>The columns the query reads of <paramref name="table"/> (none for <c>count(*)</c>).</summary>
    public ColumnSet ColumnsRead(ScopeTable table) => columnsRead.GetValueOrDefault(table);

    /// <summary>
    /// The value computed for <paramref name="node"/> in this evaluation, computed from <paramref name="state"/>
    /// the first time (a static <paramref name="compute"/> allocates nothing on the rows that find the value).
    /// </summary>
    public T Memo<TState, T>(object node, TState state, Func<TState, T> compute)
        where T : class
    {
        if (!memo.TryGetValue(node, out var value))
        {
            value = compute(state);
            memo.Add(node, value);
        }

        return (T)value;
    }
}

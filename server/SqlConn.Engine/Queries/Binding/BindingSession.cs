using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// What the binders of all levels of one query share: the environment, the features met that the
/// simulator does not evaluate (the first one is reported once binding found no error), and the
/// columns of each FROM item the query reads (a scan computes only those).
/// </summary>
internal sealed class BindingSession(IQueryEnvironment environment)
{
    private readonly List<BoundUnsupported> unsupported = [];
    private readonly Dictionary<ScopeTable, ColumnSet> columnsRead = [];

    public IQueryEnvironment Environment { get; } = environment;

    /// <summary>The columns read of each FROM item, once the whole query is bound.</summary>
    public IReadOnlyDictionary<ScopeTable, ColumnSet> ColumnsRead => columnsRead;

    /// <summary>Notes that the query reads <paramref name="column"/> (a reference to it, <c>*</c>, a USING key).</summary>
    public void Read(ScopeColumn column)
    {
        if (column.Table is { } table)
        {
            columnsRead[table] = columnsRead.GetValueOrDefault(table).With(column.Ordinal);
        }
    }

    public BoundUnsupported Unsupported(string feature, TextSpan span)
    {
        var node = new BoundUnsupported(feature, new Location(span));
        unsupported.Add(node);
        return node;
    }

    /// <summary>Ends a binding that found no error: the first feature met that is not evaluated, if any, is reported.</summary>
    public void ThrowIfNotEvaluated()
    {
        if (unsupported.Count > 0)
        {
            throw new QueryNotEvaluatedException(unsupported[0].Feature, unsupported[0].Location.Span);
        }
    }
}

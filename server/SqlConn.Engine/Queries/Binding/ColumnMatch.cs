using System.Collections.Immutable;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// The columns of a FROM clause a name matches, as far as resolution needs them: the first one's
/// position (-1 when none) and whether a second one makes the name ambiguous.
/// </summary>
internal readonly record struct ColumnMatch(int First, bool Ambiguous)
{
    /// <summary>
    /// The columns named <paramref name="name"/>: those of <paramref name="table"/> when one is given,
    /// otherwise the visible ones (a hidden USING side is reachable only qualified).
    /// </summary>
    public static ColumnMatch Of(ImmutableArray<ScopeColumn> columns, string name, ScopeTable? table = null)
    {
        var first = -1;
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            if (column.Name == name && (table is null ? !column.Hidden : column.Table == table))
            {
                if (first >= 0)
                {
                    return new ColumnMatch(first, Ambiguous: true);
                }

                first = i;
            }
        }

        return new ColumnMatch(first, Ambiguous: false);
    }
}

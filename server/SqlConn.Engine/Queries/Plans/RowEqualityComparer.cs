using System.Collections.Immutable;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// Rows as keys of GROUP BY, DISTINCT, set operations and hash joins: equal when their values are,
/// NULL equal to NULL (joins leave NULL keys out themselves).
/// </summary>
internal sealed class RowEqualityComparer : IEqualityComparer<ImmutableArray<SqlValue>>
{
    public static RowEqualityComparer Instance { get; } = new();

    private RowEqualityComparer()
    {
    }

    public bool Equals(ImmutableArray<SqlValue> x, ImmutableArray<SqlValue> y) => x.SequenceEqual(y);

    public int GetHashCode(ImmutableArray<SqlValue> row)
    {
        var hash = new HashCode();
        foreach (var value in row)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}

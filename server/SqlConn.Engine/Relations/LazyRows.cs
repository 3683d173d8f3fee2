using System.Collections;
using System.Collections.Immutable;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Relations;

/// <summary>
/// Rows computed on first access: a relation a query names but reads through its index (or not at
/// all) never builds them. Safe to share between threads: a race computes the same rows twice.
/// </summary>
public sealed class LazyRows(Func<IReadOnlyList<ImmutableArray<SqlValue>>> compute) : IReadOnlyList<ImmutableArray<SqlValue>>
{
    private IReadOnlyList<ImmutableArray<SqlValue>>? rows;

    private IReadOnlyList<ImmutableArray<SqlValue>> Rows => rows ??= compute();

    public int Count => Rows.Count;

    public ImmutableArray<SqlValue> this[int index] => Rows[index];

    public IEnumerator<ImmutableArray<SqlValue>> GetEnumerator() => Rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

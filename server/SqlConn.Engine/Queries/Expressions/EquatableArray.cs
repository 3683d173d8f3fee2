using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>An immutable array that compares by its items, for the children of bound expressions.</summary>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
internal readonly struct EquatableArray<T>(ImmutableArray<T> items) : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    public ImmutableArray<T> Items { get; } = items;

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode() => Items.Aggregate(17, (hash, item) => (hash * 31) + (item?.GetHashCode() ?? 0));

    public EquatableArray<T> Select(Func<T, T> map) => new([.. Items.Select(map)]);

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();
}

/// <summary>Builds <see cref="EquatableArray{T}"/> from collection expressions.</summary>
internal static class EquatableArray
{
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);
}

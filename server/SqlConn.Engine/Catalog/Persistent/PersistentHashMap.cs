using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SqlConn.Engine.Catalog.Persistent;

/// <summary>
/// An immutable hash map that shares structure with the maps it was made from: a hash array mapped trie
/// (32-way nodes on five bits of the key's hash at a time, each node holding only its occupied slots, with
/// a bitmap saying which). A change copies the nodes on one path, about log32(n) small nodes, where an
/// immutable AVL tree copies about log2(n) nodes; earlier maps are never changed, so they stay valid
/// snapshots, and reading is thread-safe.
/// </summary>
/// <remarks>
/// Enumeration follows the trie: an order fixed by the keys' hash codes and, for keys whose hash codes are
/// equal, by insertion. It is deterministic across processes only with a comparer whose hash codes are
/// (<see cref="StableStringComparer"/> for text keys; the default string hash is randomised per process).
/// A subtree left with one entry by a removal is folded into its parent, so the shape of the trie, and
/// therefore the enumeration order, depends only on the keys and not on the history of changes (except
/// among colliding keys).
/// </remarks>
public sealed partial class PersistentHashMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IStructuralEquatable
    where TKey : notnull
{
    private readonly Node root;

    private PersistentHashMap(Node root, int count, IEqualityComparer<TKey> keyComparer, IEqualityComparer<TValue> valueComparer) =>
        (this.root, Count, KeyComparer, ValueComparer) = (root, count, keyComparer, valueComparer);

    /// <summary>The empty map with the default comparers.</summary>
    public static PersistentHashMap<TKey, TValue> Empty { get; } =
        new(Node.Empty, 0, EqualityComparer<TKey>.Default, EqualityComparer<TValue>.Default);

    /// <summary>Decides which keys are the same key, and hashes them.</summary>
    public IEqualityComparer<TKey> KeyComparer { get; }

    /// <summary>
    /// Decides whether setting a key to a value changes the map: setting a key to an equal value returns
    /// the same map, as <see cref="System.Collections.Immutable.ImmutableDictionary{TKey, TValue}"/> does.
    /// </summary>
    public IEqualityComparer<TValue> ValueComparer { get; }

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    public IEnumerable<TKey> Keys
    {
        get
        {
            foreach (var entry in this)
            {
                yield return entry.Key;
            }
        }
    }

    public IEnumerable<TValue> Values
    {
        get
        {
            foreach (var entry in this)
            {
                yield return entry.Value;
            }
        }
    }

    public TValue this[TKey key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");

    /// <summary>An empty map with these comparers (null: the default comparer).</summary>
    public static PersistentHashMap<TKey, TValue> Create(IEqualityComparer<TKey>? keyComparer, IEqualityComparer<TValue>? valueComparer = null) =>
        new(Node.Empty, 0, keyComparer ?? EqualityComparer<TKey>.Default, valueComparer ?? EqualityComparer<TValue>.Default);

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
        root.TryGet(key, KeyComparer.GetHashCode(key), 0, KeyComparer, out value);

    /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/>, added or replaced.</summary>
    public PersistentHashMap<TKey, TValue> SetItem(TKey key, TValue value)
    {
        var change = new Change(KeyComparer, ValueComparer);
        var updated = root.Set(new Entry(key, value), KeyComparer.GetHashCode(key), 0, ref change);
        return ReferenceEquals(updated, root) ? this : new(updated, change.Added ? Count + 1 : Count, KeyComparer, ValueComparer);
    }

    /// <summary>The map with <paramref name="key"/> added.</summary>
    /// <exception cref="ArgumentException">The key is already in the map with a different value.</exception>
    public PersistentHashMap<TKey, TValue> Add(TKey key, TValue value)
    {
        if (TryGetValue(key, out var existing))
        {
            return ValueComparer.Equals(existing, value) ? this : throw new ArgumentException($"The key '{key}' is already in the map.", nameof(key));
        }

        return SetItem(key, value);
    }

    /// <summary>The map without <paramref name="key"/> (this map when the key is not in it).</summary>
    public PersistentHashMap<TKey, TValue> Remove(TKey key)
    {
        var updated = root.Remove(key, KeyComparer.GetHashCode(key), 0, KeyComparer);
        return ReferenceEquals(updated, root) ? this : new(updated, Count - 1, KeyComparer, ValueComparer);
    }

    /// <summary>The map without any of <paramref name="keys"/>.</summary>
    public PersistentHashMap<TKey, TValue> RemoveRange(IEnumerable<TKey> keys)
    {
        var map = this;
        foreach (var key in keys)
        {
            map = map.Remove(key);
        }

        return map;
    }

    /// <summary>
    /// Whether <paramref name="other"/> maps the same keys (by its key comparer) to values equal by
    /// <paramref name="comparer"/>, whatever the order of enumeration: what a comparison of states by content
    /// (the language server's) asks of a map. <see cref="object.Equals(object)"/> stays reference equality.
    /// </summary>
    public bool Equals(object? other, IEqualityComparer comparer)
    {
        if (other is not PersistentHashMap<TKey, TValue> map || map.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in this)
        {
            if (!map.TryGetValue(key, out var otherValue) || !comparer.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the keys only (independent of order), so that maps equal by any value comparer hash alike.</summary>
    public int GetHashCode(IEqualityComparer comparer)
    {
        var hash = Count;
        foreach (var key in Keys)
        {
            hash ^= KeyComparer.GetHashCode(key);
        }

        return hash;
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Node.Enumerate(root).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// One key and its value. Without the key's hash code: entries are most of the bytes a change copies, and
    /// a hash is computed again only when a new key meets an entry in its slot and both move one level down.
    /// </summary>
    private readonly record struct Entry(TKey Key, TValue Value);

    /// <summary>What a <see cref="Node.Set"/> needs to compare and reports back.</summary>
    private struct Change(IEqualityComparer<TKey> keys, IEqualityComparer<TValue> values)
    {
        public readonly IEqualityComparer<TKey> Keys = keys;

        public readonly IEqualityComparer<TValue> Values = values;

        /// <summary>Whether the key was new (the count grows) rather than replaced.</summary>
        public bool Added;
    }
}

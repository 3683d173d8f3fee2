using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace SqlConn.Engine.Catalog.Persistent;

public sealed partial class PersistentHashMap<TKey, TValue>
{
    /// <summary>
    /// A node of the trie: for each of 32 slots (five bits of the hash at this node's depth) an entry (a bit of
    /// <see cref="dataMap"/>), a subtree (a bit of <see cref="nodeMap"/>) or nothing; the arrays hold only the
    /// occupied slots, in slot order. Below the last five bits (depth 7) a node holds keys whose hashes are
    /// equal, in <see cref="entries"/> only, in insertion order. Never changed once built.
    /// </summary>
    /// <remarks>
    /// Invariant: a subtree holds at least two entries (a removal that leaves one moves it up into the parent),
    /// so the shape depends only on the keys.
    /// </remarks>
    private sealed class Node(uint dataMap, uint nodeMap, Entry[] entries, Node[] children)
    {
        private const int BitsPerLevel = 5;

        /// <summary>The depth, in bits, from which a node holds colliding keys: every bit of the hash is used above it.</summary>
        private const int CollisionShift = 35;

        private readonly uint dataMap = dataMap;
        private readonly uint nodeMap = nodeMap;
        private readonly Entry[] entries = entries;
        private readonly Node[] children = children;

        public static Node Empty { get; } = new(0, 0, [], []);

        private bool IsSingleEntry => nodeMap == 0 && entries.Length == 1;

        public bool TryGet(TKey key, int hash, int shift, IEqualityComparer<TKey> comparer, [MaybeNullWhen(false)] out TValue value)
        {
            var node = this;
            while (shift < CollisionShift)
            {
                var bit = Bit(hash, shift);
                if ((node.dataMap & bit) != 0)
                {
                    var entry = node.entries[Index(node.dataMap, bit)];
                    if (comparer.Equals(entry.Key, key))
                    {
                        value = entry.Value;
                        return true;
                    }

                    value = default;
                    return false;
                }

                if ((node.nodeMap & bit) == 0)
                {
                    value = default;
                    return false;
                }

                node = node.children[Index(node.nodeMap, bit)];
                shift += BitsPerLevel;
            }

            var at = node.Find(key, comparer);
            value = at >= 0 ? node.entries[at].Value : default;
            return at >= 0;
        }

        /// <summary>This subtree with <paramref name="entry"/> set; this node itself when the key already has an equal value.</summary>
        public Node Set(Entry entry, int hash, int shift, ref Change change)
        {
            if (shift >= CollisionShift)
            {
                var at = Find(entry.Key, change.Keys);
                if (at < 0)
                {
                    change.Added = true;
                    return new Node(0, 0, Inserted(entries, entries.Length, entry), []);
                }

                return change.Values.Equals(entries[at].Value, entry.Value) ? this : new Node(0, 0, Replaced(entries, at, entry), []);
            }

            var bit = Bit(hash, shift);
            if ((dataMap & bit) != 0)
            {
                var index = Index(dataMap, bit);
                var existing = entries[index];
                if (change.Keys.Equals(existing.Key, entry.Key))
                {
                    return change.Values.Equals(existing.Value, entry.Value)
                        ? this
                        : new Node(dataMap, nodeMap, Replaced(entries, index, entry), children);
                }

                change.Added = true;
                var pair = Pair(existing, change.Keys.GetHashCode(existing.Key), entry, hash, shift + BitsPerLevel);
                return new Node(dataMap & ~bit, nodeMap | bit, Removed(entries, index), Inserted(children, Index(nodeMap, bit), pair));
            }

            if ((nodeMap & bit) != 0)
            {
                var index = Index(nodeMap, bit);
                var child = children[index];
                var updated = child.Set(entry, hash, shift + BitsPerLevel, ref change);
                return ReferenceEquals(updated, child) ? this : new Node(dataMap, nodeMap, entries, Replaced(children, index, updated));
            }

            change.Added = true;
            return new Node(dataMap | bit, nodeMap, Inserted(entries, Index(dataMap, bit), entry), children);
        }

        /// <summary>This subtree without <paramref name="key"/>; this node itself when the key is not in it.</summary>
        public Node Remove(TKey key, int hash, int shift, IEqualityComparer<TKey> comparer)
        {
            if (shift >= CollisionShift)
            {
                var at = Find(key, comparer);
                return at < 0 ? this : new Node(0, 0, Removed(entries, at), []);
            }

            var bit = Bit(hash, shift);
            if ((dataMap & bit) != 0)
            {
                var index = Index(dataMap, bit);
                var existing = entries[index];
                return comparer.Equals(existing.Key, key)
                    ? new Node(dataMap & ~bit, nodeMap, Removed(entries, index), children)
                    : this;
            }

            if ((nodeMap & bit) == 0)
            {
                return this;
            }

            var childIndex = Index(nodeMap, bit);
            var child = children[childIndex];
            var updated = child.Remove(key, hash, shift + BitsPerLevel, comparer);
            if (ReferenceEquals(updated, child))
            {
                return this;
            }

            return updated.IsSingleEntry
                ? new Node(dataMap | bit, nodeMap & ~bit, Inserted(entries, Index(dataMap, bit), updated.entries[0]), Removed(children, childIndex))
                : new Node(dataMap, nodeMap, entries, Replaced(children, childIndex, updated));
        }

        /// <summary>
        /// The entries of the trie under <paramref name="root"/>, slot by slot: one iterator and one path of
        /// positions for the whole walk (an iterator per node made a scan of a large map allocate per subtree).
        /// </summary>
        public static IEnumerable<KeyValuePair<TKey, TValue>> Enumerate(Node root)
        {
            var path = new Frame[CollisionShift / BitsPerLevel + 1];
            path[0] = new Frame(root);
            for (var depth = 0; depth >= 0;)
            {
                var node = path[depth].Node;
                if (node.dataMap == 0 && node.nodeMap == 0)
                {
                    // A node of colliding keys, or the empty root.
                    foreach (var entry in node.entries)
                    {
                        yield return new(entry.Key, entry.Value);
                    }

                    depth--;
                    continue;
                }

                var remaining = path[depth].Remaining;
                if (remaining == 0)
                {
                    depth--;
                    continue;
                }

                var bit = remaining & (~remaining + 1);
                path[depth].Remaining = remaining & (remaining - 1);
                if ((node.dataMap & bit) != 0)
                {
                    var entry = node.entries[path[depth].NextEntry++];
                    yield return new(entry.Key, entry.Value);
                }
                else
                {
                    var child = node.children[path[depth].NextChild++];
                    path[++depth] = new Frame(child);
                }
            }
        }

        /// <summary>A subtree holding two entries of distinct keys.</summary>
        private static Node Pair(Entry first, int firstHash, Entry second, int secondHash, int shift)
        {
            if (shift >= CollisionShift)
            {
                return new Node(0, 0, [first, second], []);
            }

            var (firstBit, secondBit) = (Bit(firstHash, shift), Bit(secondHash, shift));
            if (firstBit == secondBit)
            {
                return new Node(0, firstBit, [], [Pair(first, firstHash, second, secondHash, shift + BitsPerLevel)]);
            }

            return new Node(firstBit | secondBit, 0, firstBit < secondBit ? [first, second] : [second, first], []);
        }

        /// <summary>The position of <paramref name="key"/> in a node of colliding keys, or -1.</summary>
        private int Find(TKey key, IEqualityComparer<TKey> comparer)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (comparer.Equals(entries[i].Key, key))
                {
                    return i;
                }
            }

            return -1;
        }

        private static uint Bit(int hash, int shift) => 1u << (int)(((uint)hash >> shift) & 31);

        /// <summary>The position in a node's array of the slot <paramref name="bit"/> among the occupied slots of <paramref name="map"/>.</summary>
        private static int Index(uint map, uint bit) => BitOperations.PopCount(map & (bit - 1));

        private static T[] Inserted<T>(T[] array, int index, T value)
        {
            var copy = new T[array.Length + 1];
            Array.Copy(array, copy, index);
            copy[index] = value;
            Array.Copy(array, index, copy, index + 1, array.Length - index);
            return copy;
        }

        private static T[] Removed<T>(T[] array, int index)
        {
            if (array.Length == 1)
            {
                return [];
            }

            var copy = new T[array.Length - 1];
            Array.Copy(array, copy, index);
            Array.Copy(array, index + 1, copy, index, array.Length - index - 1);
            return copy;
        }

        private static T[] Replaced<T>(T[] array, int index, T value)
        {
            var copy = (T[])array.Clone();
            copy[index] = value;
            return copy;
        }

        /// <summary>A node on the path of <see cref="Enumerate"/>: its occupied slots not visited yet, and its next entry and child.</summary>
        private struct Frame(Node node)
        {
            public readonly Node Node = node;

            public uint Remaining = node.dataMap | node.nodeMap;

            public int NextEntry;

            public int NextChild;
        }
    }
}

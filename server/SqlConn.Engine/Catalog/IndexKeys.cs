using SqlConn.Engine.Catalog.Persistent;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// The key of the catalog's by-name index: an item's schema and name. Compared with <see cref="Comparer"/>, whose
/// hash codes are the same in every process.
/// </summary>
/// <remarks>
/// The catalog's keys are structs of this assembly rather than tuples: the code of a generic instantiated over
/// a struct of another assembly (a <see cref="ValueTuple{T1, T2}"/>) cannot be precompiled into this assembly's
/// ReadyToRun image, so each method of an index keyed by a tuple was compiled at run time, twice, on the path of
/// every cold <c>sqlconn lint</c>.
/// </remarks>
internal readonly record struct ItemNameKey(string SchemaId, string Name)
{
    public static IEqualityComparer<ItemNameKey> Comparer { get; } = new KeyComparer();

    private sealed class KeyComparer : IEqualityComparer<ItemNameKey>
    {
        public bool Equals(ItemNameKey x, ItemNameKey y) =>
            string.Equals(x.Name, y.Name, StringComparison.Ordinal) && string.Equals(x.SchemaId, y.SchemaId, StringComparison.Ordinal);

        public int GetHashCode(ItemNameKey key) =>
            StableStringComparer.Instance.GetHashCode(key.Name) ^ (StableStringComparer.Instance.GetHashCode(key.SchemaId) * 31);
    }
}

/// <summary>The key of the catalog's by-schema index: a schema and a kind of item (see <see cref="ItemNameKey"/>).</summary>
internal readonly record struct SchemaKindKey(string SchemaId, ItemKind Kind)
{
    public static IEqualityComparer<SchemaKindKey> Comparer { get; } = new KeyComparer();

    private sealed class KeyComparer : IEqualityComparer<SchemaKindKey>
    {
        public bool Equals(SchemaKindKey x, SchemaKindKey y) =>
            x.Kind == y.Kind && string.Equals(x.SchemaId, y.SchemaId, StringComparison.Ordinal);

        public int GetHashCode(SchemaKindKey key) => StableStringComparer.Instance.GetHashCode(key.SchemaId) ^ ((int)key.Kind * 31);
    }
}

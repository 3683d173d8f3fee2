namespace SqlConn.Engine.Catalog.Persistent;

/// <summary>
/// Ordinal string equality with a hash code that is the same in every process (the runtime's string hash is
/// randomised per process), so that a <see cref="PersistentHashMap{TKey, TValue}"/> of text keys enumerates
/// in the same order in every run: what is written from an enumeration (a snapshot) does not vary.
/// </summary>
public sealed class StableStringComparer : IEqualityComparer<string>
{
    public static StableStringComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    /// <summary>FNV-1a over the UTF-16 units, then a finalizer that spreads every unit over the low bits the trie reads first.</summary>
    public int GetHashCode(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return (int)hash;
    }
}

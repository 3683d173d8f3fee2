using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.State;

/// <summary>Sorted collections of names in CockroachDB's order: byte order, whatever the culture.</summary>
internal static class Ordinal
{
    public static ImmutableSortedSet<string> Set(IEnumerable<string> names) => ImmutableSortedSet.CreateRange(StringComparer.Ordinal, names);

    public static ImmutableSortedDictionary<string, T> Map<T>(IEnumerable<KeyValuePair<string, T>> entries) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries);
}

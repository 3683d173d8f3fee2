using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using SqlConn.Engine.Catalog.Persistent;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// Value equality of engine states, cheap when they share structure: identical references are
/// equal at once, so only the parts that were rebuilt are compared. Records are compared field by
/// field, as their generated <c>Equals</c> does, except that immutable collections, the engine's
/// persistent maps and arrays (which compare by reference) are compared by content: a statement executed again
/// builds new arrays with the same elements. Anything else uses its own <c>Equals</c>, so a type
/// without value equality is only ever equal to itself: the comparison may miss an equality, never
/// invent one.
/// </summary>
internal static class StructuralEquality
{
    public static new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        var type = a.GetType();
        if (type.IsArray || type.Namespace == typeof(ImmutableArray).Namespace || type.Namespace == typeof(PersistentHashMap<,>).Namespace)
        {
            return a switch
            {
                IStructuralEquatable array => array.Equals(b, ElementComparer.Instance),
                IDictionary dictionary => DictionariesEqual(dictionary, (IDictionary)b),
                ICollection set when type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IImmutableSet<>)) => SetsEqual(set, b),
                IEnumerable sequence => sequence.Cast<object?>().SequenceEqual(((IEnumerable)b).Cast<object?>(), ElementComparer.Instance),
                _ => a.Equals(b),
            };
        }

        return IsRecord(type)
            ? RecordFields(type).All(field => Equals(field.GetValue(a), field.GetValue(b)))
            : a.Equals(b);
    }

    private static bool DictionariesEqual(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (DictionaryEntry entry in a)
        {
            if (!b.Contains(entry.Key) || !Equals(entry.Value, b[entry.Key]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Immutable sets hold elements under their own equality, so they are equal when one contains all of the other's.</summary>
    private static bool SetsEqual(ICollection a, object b)
    {
        var contains = b.GetType().GetMethod(nameof(ImmutableHashSet<object>.Contains), [b.GetType().GetGenericArguments()[0]]);
        return contains is not null && a.Count == ((ICollection)b).Count && a.Cast<object>().All(item => contains.Invoke(b, [item]) is true);
    }

    /// <summary>A record class: the compiler gives it an <c>EqualityContract</c>.</summary>
    private static bool IsRecord(Type type) => type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    /// <summary>Every instance field of a record, its own and its base records', as its generated <c>Equals</c> compares them.</summary>
    private static IEnumerable<FieldInfo> RecordFields(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }

    private sealed class ElementComparer : IEqualityComparer, IEqualityComparer<object?>
    {
        public static ElementComparer Instance { get; } = new();

        bool IEqualityComparer.Equals(object? x, object? y) => StructuralEquality.Equals(x, y);

        bool IEqualityComparer<object?>.Equals(object? x, object? y) => StructuralEquality.Equals(x, y);

        public int GetHashCode(object obj) => obj.GetHashCode();

        int IEqualityComparer<object?>.GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;
    }
}

using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tests.Support;

/// <summary>
/// Compares two syntax trees by structure, ignoring every <see cref="TextSpan"/> unless asked to
/// compare them too. Records compare by value only shallowly (an ImmutableArray field compares by
/// reference), so this walks the public properties by reflection and compares ImmutableArrays
/// element by element.
/// </summary>
internal static class StructuralComparer
{
    /// <summary>
    /// The path of the first difference (e.g. <c>Options[2].Value.Literal.Value</c>), or null when
    /// equal; spans count when <paramref name="spans"/>.
    /// </summary>
    public static string? FindDifference(object? expected, object? actual, string path = "", bool spans = false)
    {
        if (expected is null || actual is null)
        {
            return ReferenceEquals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: {type.Name} vs {actual.GetType().Name}";
        }

        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or TextSpan)
        {
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return CompareSequences(AsList(expected), AsList(actual), path, spans);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if ((property.PropertyType == typeof(TextSpan) && !spans) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", spans);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareSequences(IList expected, IList actual, string path, bool spans)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: {expected.Count} items vs {actual.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (FindDifference(expected[i], actual[i], $"{path}[{i}]", spans) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>The items of a boxed ImmutableArray; a default array counts as empty.</summary>
    private static IList AsList(object array) =>
        (bool)array.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(array)!
            ? Array.Empty<object>()
            : ((IEnumerable)array).Cast<object>().ToList();

    private static string Show(object? value) => value is null ? "null" : value is string s ? $"\"{s}\"" : value.ToString() ?? "?";
}

using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>Edits of comma-separated lists (options, ALTER CONNECTION actions).</summary>
internal static class ListEdits
{
    /// <summary>
    /// The spans that remove the elements at <paramref name="removed"/> with their commas, one per run of
    /// adjacent removed elements: up to the element that follows the run, or for a run that ends the list
    /// from the end of the element before it. Removing every element leaves the list empty.
    /// </summary>
    public static IEnumerable<TextSpan> Removals(IReadOnlyList<TextSpan> elements, IReadOnlyCollection<int> removed)
    {
        var index = 0;
        while (index < elements.Count)
        {
            if (!removed.Contains(index))
            {
                index++;
                continue;
            }

            var first = index;
            while (index + 1 < elements.Count && removed.Contains(index + 1))
            {
                index++;
            }

            yield return index + 1 < elements.Count ? TextSpan.FromBounds(elements[first].Start, elements[index + 1].Start)
                : first > 0 ? TextSpan.FromBounds(elements[first - 1].End, elements[index].End)
                : TextSpan.FromBounds(elements[first].Start, elements[index].End);
            index++;
        }
    }
}

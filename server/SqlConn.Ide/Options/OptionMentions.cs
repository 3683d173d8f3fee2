namespace SqlConn.Ide.Options;

/// <summary>
/// The option names a text mentions (a rule's summary, a planner message), as whole words: the
/// longest name wins where names overlap, so <c>SASL PASSWORD</c> does not also mention <c>PASSWORD</c>.
/// Messages are compared ignoring case (<c>require an AWS connection</c> names AWS CONNECTION).
/// </summary>
internal static class OptionMentions
{
    public static IReadOnlyList<string> In(string text, IEnumerable<string> names, StringComparison comparison = StringComparison.Ordinal)
    {
        var found = new List<(int Start, int End, string Name)>();
        foreach (var name in names.Distinct().OrderByDescending(n => n.Length))
        {
            for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
            {
                var end = at + name.Length;
                if (IsBoundary(text, at - 1) && IsBoundary(text, end) && !found.Any(f => f.Start < end && at < f.End))
                {
                    found.Add((at, end, name));
                }
            }
        }

        return [.. found.OrderBy(f => f.Start).Select(f => f.Name).Distinct()];
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '_');
}

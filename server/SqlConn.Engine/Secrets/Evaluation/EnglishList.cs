namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>Names as an English list for messages: distinct, sorted, <c>a, b and c</c>.</summary>
internal static class EnglishList
{
    public static string Of(IEnumerable<string> names)
    {
        var sorted = names.Distinct().Order(StringComparer.Ordinal).ToList();
        return sorted.Count < 2 ? string.Concat(sorted) : string.Join(", ", sorted[..^1]) + " and " + sorted[^1];
    }
}

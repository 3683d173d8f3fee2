using SqlConn.Syntax;

namespace SqlConn.Engine.Connections;

internal static class EnumSuggestion
{
    /// <summary><c>; did you mean X?</c> for a near miss of one of <paramref name="choices"/>, else empty.</summary>
    public static string DidYouMean(string value, IEnumerable<string> choices)
    {
        var best = choices
            .Select(c => (Choice: c, Distance: EditDistance.Between(value.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(c => c.Distance <= Math.Max(1, c.Choice.Length / 3))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Choice is null ? string.Empty : $"; did you mean {best.Choice}?";
    }
}

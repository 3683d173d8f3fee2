namespace SqlConn.Engine.SystemCatalog;

/// <summary>Orders catalog ids as Materialize lists them: system ids before user ids, then by number (u2 before u10).</summary>
internal sealed class IdComparer : IComparer<string>
{
    public static IdComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var byPrefix = string.CompareOrdinal(Prefix(x), Prefix(y));
        return byPrefix != 0 ? -byPrefix : Number(x).CompareTo(Number(y));
    }

    private static string Prefix(string? id) => id is { Length: > 0 } ? id[..1] : string.Empty;

    private static long Number(string? id) => id is { Length: > 1 } && long.TryParse(id.AsSpan(1), out var n) ? n : 0;
}

namespace SqlConn.Engine.Catalog;

/// <summary>
/// Orders catalog ids as Materialize lists them: system ids before user ids, then by number (u2 before u10).
/// Ids that compare equal so (<c>u1</c>, <c>u01</c>: never generated, but a snapshot may hold them) are
/// ordered by their text, so that distinct ids never compare equal.
/// </summary>
internal sealed class IdComparer : IComparer<string>
{
    public static IdComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var byPrefix = Prefix(x).CompareTo(Prefix(y));
        if (byPrefix != 0)
        {
            return -byPrefix;
        }

        var byNumber = Number(x).CompareTo(Number(y));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    private static int Prefix(string? id) => id is { Length: > 0 } ? id[0] : -1;

    /// <summary>
    /// The number after the prefix, 0 when there is none. Generated ids are a letter and up to 18 digits,
    /// read here without the general parser (indexes in id order compare ids at every insertion).
    /// </summary>
    private static long Number(string? id)
    {
        if (id is not { Length: > 1 and < 20 })
        {
            return Parsed(id);
        }

        var number = 0L;
        foreach (var c in id.AsSpan(1))
        {
            if (!char.IsAsciiDigit(c))
            {
                return Parsed(id);
            }

            number = (number * 10) + (c - '0');
        }

        return number;
    }

    private static long Parsed(string? id) => id is { Length: > 1 } && long.TryParse(id.AsSpan(1), out var n) ? n : 0;
}

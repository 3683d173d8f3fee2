namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>
/// The folded names one <see cref="DirectParser"/> has read, to share: an unquoted identifier
/// written again (a connection or secret that later statements name) gets the string its first
/// occurrence got, so a parsed script holds a name once per worker instead of once per mention,
/// and reading a name already seen allocates nothing. One table per parser, which lives for one
/// parse; not thread-safe.
/// </summary>
internal sealed class NameTable
{
    /// <summary>Longer names are folded without the table (a name that long is not worth sharing, nor a stack buffer).</summary>
    private const int MaxSharedLength = 128;

    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> byChars;

    public NameTable() => byChars = names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="chars"/> folded to lower case, as <see cref="string.ToLowerInvariant()"/> folds them.</summary>
    public string LowerCase(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxSharedLength)
        {
            return chars.ToString().ToLowerInvariant();
        }

        Span<char> buffer = stackalloc char[MaxSharedLength];
        var folded = buffer[..chars.ToLowerInvariant(buffer)];
        if (byChars.TryGetValue(folded, out var shared))
        {
            return shared;
        }

        var name = folded.ToString();
        names.Add(name);
        return name;
    }
}

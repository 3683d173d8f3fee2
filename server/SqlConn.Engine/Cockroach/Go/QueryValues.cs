using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>
/// Go's <c>url.Values</c> as <c>URL.Query()</c> builds it: pairs split on '&amp;', pairs holding ';' or
/// an invalid escape silently dropped, empty keys skipped, '+' read as a space, every value of a
/// repeated key kept in order. <see cref="Encode"/> sorts by key, like Go.
/// </summary>
internal sealed class QueryValues
{
    private QueryValues(ImmutableSortedDictionary<string, ImmutableArray<string>> values) => Values = values;

    public ImmutableSortedDictionary<string, ImmutableArray<string>> Values { get; }

    public IEnumerable<string> Keys => Values.Keys;

    public static QueryValues Parse(string rawQuery)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var pair in rawQuery.Split('&'))
        {
            if (pair.Length == 0 || pair.Contains(';', StringComparison.Ordinal))
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var rawKey = equals < 0 ? pair : pair[..equals];
            var rawValue = equals < 0 ? string.Empty : pair[(equals + 1)..];
            if (!UrlEscaping.TryUnescape(rawKey, UrlEncoding.QueryComponent, out var key, out _)
                || !UrlEscaping.TryUnescape(rawValue, UrlEncoding.QueryComponent, out var value, out _))
            {
                continue;
            }

            builder[key] = builder.TryGetValue(key, out var existing) ? existing.Add(value) : [value];
        }

        return new QueryValues(builder.ToImmutable());
    }

    /// <summary>The first value of <paramref name="key"/>, or "" when absent (Go's <c>Get</c>).</summary>
    public string Get(string key) => Values.TryGetValue(key, out var values) ? values[0] : string.Empty;

    /// <summary>A copy where <paramref name="key"/> has the single value <paramref name="value"/> (Go's <c>Set</c>).</summary>
    public QueryValues Set(string key, string value) => new(Values.SetItem(key, [value]));

    /// <summary>Go's <c>Encode</c>: <c>key=value</c> pairs sorted by key, both query-escaped.</summary>
    public string Encode() => string.Join('&', Values.SelectMany(entry => entry.Value.Select(value =>
        UrlEscaping.Escape(entry.Key, UrlEncoding.QueryComponent) + "=" + UrlEscaping.Escape(value, UrlEncoding.QueryComponent))));
}

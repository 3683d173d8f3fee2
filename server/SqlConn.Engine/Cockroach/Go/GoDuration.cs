using System.Collections.Frozen;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>
/// Go's <c>time.ParseDuration</c>, for the validity of a duration and Go's error when it is not one:
/// a possibly signed sequence of decimal numbers, each with an optional fraction and a unit
/// (<c>ns</c>, <c>us</c>/<c>µs</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>), such as <c>"300ms"</c>,
/// <c>"-1.5h"</c> or <c>"2h45m"</c>; <c>"0"</c> alone needs no unit. Durations beyond Go's int64
/// nanoseconds are invalid. Ported from src/time/format.go.
/// </summary>
public static class GoDuration
{
    private const ulong Limit = 1UL << 63;

    private static readonly FrozenDictionary<string, ulong> Units = new Dictionary<string, ulong>(StringComparer.Ordinal)
    {
        ["ns"] = 1,
        ["us"] = 1_000,
        ["\u00b5s"] = 1_000, // U+00B5 micro sign
        ["\u03bcs"] = 1_000, // U+03BC Greek small letter mu
        ["ms"] = 1_000_000,
        ["s"] = 1_000_000_000,
        ["m"] = 60_000_000_000,
        ["h"] = 3_600_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Go's error for <paramref name="text"/>, or null when it is a valid duration.</summary>
    public static string? ParseError(string text)
    {
        var invalid = $"time: invalid duration {GoStrconv.Quote(text)}";
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            return null;
        }

        if (s.IsEmpty)
        {
            return invalid;
        }

        ulong total = 0;
        while (!s.IsEmpty)
        {
            if (!(s[0] == '.' || char.IsAsciiDigit(s[0])))
            {
                return invalid;
            }

            var before = s.Length;
            if (!LeadingInt(ref s, out var whole))
            {
                return invalid;
            }

            var hasWhole = before != s.Length;
            var (fraction, scale, hasFraction) = (0UL, 1.0, false);
            if (!s.IsEmpty && s[0] == '.')
            {
                s = s[1..];
                before = s.Length;
                (fraction, scale) = LeadingFraction(ref s);
                hasFraction = before != s.Length;
            }

            if (!hasWhole && !hasFraction)
            {
                return invalid;
            }

            var unitLength = 0;
            while (unitLength < s.Length && !(s[unitLength] == '.' || char.IsAsciiDigit(s[unitLength])))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                return $"time: missing unit in duration {GoStrconv.Quote(text)}";
            }

            var name = s[..unitLength].ToString();
            s = s[unitLength..];
            if (!Units.TryGetValue(name, out var unit))
            {
                return $"time: unknown unit {GoStrconv.Quote(name)} in duration {GoStrconv.Quote(text)}";
            }

            if (whole > Limit / unit)
            {
                return invalid;
            }

            var value = whole * unit;
            if (fraction > 0)
            {
                value += (ulong)(fraction * (unit / scale));
                if (value > Limit)
                {
                    return invalid;
                }
            }

            total += value;
            if (total > Limit)
            {
                return invalid;
            }
        }

        return negative || total <= Limit - 1 ? null : invalid;
    }

    /// <summary>Consumes <c>[0-9]*</c>; false when the number overflows Go's range.</summary>
    private static bool LeadingInt(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (value > Limit / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > Limit)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    /// <summary>Consumes <c>[0-9]*</c> after a decimal point: the digits that fit, and the power of ten they are scaled by.</summary>
    private static (ulong Value, double Scale) LeadingFraction(ref ReadOnlySpan<char> s)
    {
        var (value, scale, overflow) = (0UL, 1.0, false);
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (overflow || value > (Limit - 1) / 10)
            {
                overflow = true;
                continue;
            }

            var next = (value * 10) + (ulong)(s[i] - '0');
            if (next > Limit)
            {
                overflow = true;
                continue;
            }

            (value, scale) = (next, scale * 10);
        }

        s = s[i..];
        return (value, scale);
    }
}

using System.Globalization;
using System.Text;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>The few functions of Go's <c>strconv</c> whose behaviour shows in CockroachDB's messages.</summary>
internal static class GoStrconv
{
    /// <summary>Go's <c>strconv.Quote</c> (and so <c>%q</c>): double quotes, Go escapes, printable runes kept.</summary>
    public static string Quote(string s)
    {
        var builder = new StringBuilder(s.Length + 2).Append('"');
        foreach (var rune in s.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"' or '\\':
                    builder.Append('\\').Append((char)rune.Value);
                    break;
                case '\a':
                    builder.Append("\\a");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\v':
                    builder.Append("\\v");
                    break;
                case < ' ' or 0x7f:
                    builder.Append("\\x").Append(rune.Value.ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (IsPrint(rune))
                    {
                        builder.Append(rune.ToString());
                    }
                    else if (rune.Value < 0x10000)
                    {
                        builder.Append("\\u").Append(rune.Value.ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append("\\U").Append(rune.Value.ToString("x8", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Go's <c>strconv.ParseBool</c>: 1, t, T, TRUE, true, True and their false twins.</summary>
    public static bool TryParseBool(string s, out bool value)
    {
        switch (s)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>The error Go's <c>strconv.ParseBool</c> returns for <paramref name="s"/>.</summary>
    public static string ParseBoolError(string s) => $"strconv.ParseBool: parsing {Quote(s)}: invalid syntax";

    /// <summary>Whether Go's <c>strconv.Atoi</c> accepts <paramref name="s"/>: an optional sign and decimal digits that fit 64 bits.</summary>
    public static bool IsAtoi(string s) => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static bool IsPrint(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}

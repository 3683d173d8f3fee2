using System.Globalization;
using System.Text;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// String constants as CockroachDB formats them (lexbase.EncodeSQLString): <c>'text'</c>, or <c>e'...'</c>
/// with backslash escapes when the text holds a quote, a backslash or a control character. Non-ASCII text
/// is kept as it is (CockroachDB's treatment of it was not verified).
/// </summary>
internal static class SqlStrings
{
    public static string Literal(string value)
    {
        if (!value.Any(NeedsEscape))
        {
            return "'" + value + "'";
        }

        var builder = new StringBuilder(value.Length + 4).Append("e'");
        foreach (var c in value)
        {
            _ = c switch
            {
                '\'' => builder.Append(@"\'"),
                '\\' => builder.Append(@"\\"),
                '\a' => builder.Append(@"\a"),
                '\b' => builder.Append(@"\b"),
                '\f' => builder.Append(@"\f"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                '\v' => builder.Append(@"\v"),
                _ when char.IsControl(c) && c < 0x80 => builder.Append(@"\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    private static bool NeedsEscape(char c) => c is '\'' or '\\' || (char.IsControl(c) && c < 0x80);
}

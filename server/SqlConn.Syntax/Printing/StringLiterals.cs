using System.Globalization;
using System.Text;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>Writes string literals back in the form they were written: <c>'...'</c>, <c>E'...'</c> or <c>$tag$...$tag$</c>.</summary>
internal static class StringLiterals
{
    public static string Print(StringLiteral literal) => literal.Kind switch
    {
        StringLiteralKind.Escape => Escape(literal.Value),
        StringLiteralKind.Dollar when Dollar(literal.Value, literal.DollarTag) is { } dollar => dollar,
        _ => Standard(literal.Value),
    };

    /// <summary><c>it's</c> → <c>'it''s'</c>.</summary>
    public static string Standard(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The dollar-quoted form, or null when the value contains its own closing tag.</summary>
    private static string? Dollar(string value, string tag)
    {
        var delimiter = "$" + tag + "$";
        return value.Contains(delimiter, StringComparison.Ordinal) ? null : delimiter + value + delimiter;
    }

    /// <summary>The <c>E'...'</c> form, with the escapes LiteralDecoder reads.</summary>
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 3).Append("E'");
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '\b' => builder.Append(@"\b"),
                '\f' => builder.Append(@"\f"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                _ when char.IsControl(c) => builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }
}

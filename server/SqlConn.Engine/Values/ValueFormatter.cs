using System.Globalization;
using System.Text;

namespace SqlConn.Engine.Values;

/// <summary>Formats values the way psql shows them: t/f booleans, {a,b} arrays, NULL as an empty cell.</summary>
public static class ValueFormatter
{
    public static string? Format(SqlValue value) => value switch
    {
        SqlNull => null,
        SqlText t => t.Value,
        SqlInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
        SqlBoolean b => b.Value ? "t" : "f",
        SqlJson j => j.Json,
        SqlArray a => FormatArray(a),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>PostgreSQL's array output: elements quoted when empty or holding special characters.</summary>
    private static string FormatArray(SqlArray array)
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < array.Items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var element = Format(array.Items[i]);
            if (element is null)
            {
                builder.Append("NULL");
            }
            else if (element.Length == 0 || element.Any(c => c is '"' or '\\' or ',' or '{' or '}' or ' ')
                     || element.Equals("NULL", StringComparison.OrdinalIgnoreCase))
            {
                builder.Append('"').Append(element.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(element);
            }
        }

        return builder.Append('}').ToString();
    }
}

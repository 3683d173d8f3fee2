using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// Value conversions of casts and literal coercions, with Materialize's input rules: integers and
/// booleans may be surrounded by whitespace, booleans accept any unambiguous prefix of
/// true/false/yes/no/on/off and 1/0.
/// </summary>
internal static class Conversions
{
    /// <summary>Whether a cast from <paramref name="from"/> to <paramref name="to"/> exists.</summary>
    public static bool CanCast(SqlType from, SqlType to) =>
        from == to
        || to == SqlType.Text
        || (from == SqlType.Text && to is SqlType.Integer or SqlType.Oid or SqlType.Boolean)
        || (from, to) is (SqlType.Integer, SqlType.Oid) or (SqlType.Oid, SqlType.Integer)
            or (SqlType.Integer, SqlType.Boolean) or (SqlType.Boolean, SqlType.Integer);

    /// <summary>Whether text input of the type can be read (text[], jsonb and aclitem input are not simulated).</summary>
    public static bool CanParse(SqlType type) => type is SqlType.Text or SqlType.Integer or SqlType.Oid or SqlType.Boolean;

    /// <summary>Converts a value of type <paramref name="from"/>; <see cref="CanCast"/> must hold.</summary>
    public static SqlValue Convert(SqlValue value, SqlType from, CastTarget to, TextSpan span) => value switch
    {
        SqlNull => value,
        _ when to.Type == SqlType.Text => SqlValue.Of(ToText(value)),
        SqlText text => Parse(text.Value, to, span),
        SqlInteger integer when to.Type == SqlType.Boolean => SqlValue.Of(integer.Value != 0),
        SqlBoolean boolean => SqlValue.Of(boolean.Value ? 1L : 0L),
        SqlInteger integer => CheckRange(integer.Value, to, span),
        _ when from == to.Type => value,
        _ => throw new InvalidOperationException($"no conversion from {from} to {to.Name}"),
    };

    /// <summary>The text form of a value: psql's, except that booleans read <c>true</c>/<c>false</c>.</summary>
    public static string ToText(SqlValue value) => value switch
    {
        SqlBoolean b => b.Value ? "true" : "false",
        _ => ValueFormatter.Format(value) ?? string.Empty,
    };

    /// <summary>Reads text as a value of <paramref name="to"/>; <see cref="CanParse"/> must hold.</summary>
    public static SqlValue Parse(string text, CastTarget to, TextSpan span) => to.Type switch
    {
        SqlType.Text => SqlValue.Of(text),
        SqlType.Boolean => SqlValue.Of(ParseBoolean(text) ?? throw QueryErrors.InvalidInputError("boolean", null, text, span)),
        SqlType.Integer or SqlType.Oid => ParseInteger(text, to, span),
        _ => throw new InvalidOperationException($"no text input for {to.Name}"),
    };

    private static bool? ParseBoolean(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        return word.Length == 0 ? null
            : word is "1" or "on" || "true".StartsWith(word, StringComparison.Ordinal) || "yes".StartsWith(word, StringComparison.Ordinal) ? true
            : word is "0" or "of" or "off" || "false".StartsWith(word, StringComparison.Ordinal) || "no".StartsWith(word, StringComparison.Ordinal) ? false
            : null;
    }

    private static SqlValue ParseInteger(string text, CastTarget to, TextSpan span)
    {
        var digits = text.Trim();
        var unsigned = digits.StartsWith('-') || digits.StartsWith('+') ? digits[1..] : digits;
        string? problem = digits.Length == 0 ? "cannot parse integer from empty string"
            : unsigned.Length == 0 || !unsigned.All(char.IsAsciiDigit) || (to.Minimum == 0 && digits.StartsWith('-')) ? "invalid digit found in string"
            : null;
        if (problem is null)
        {
            if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value > to.Maximum)
            {
                problem = digits.StartsWith('-') ? "number too small to fit in target type" : "number too large to fit in target type";
            }
            else if (value < to.Minimum)
            {
                problem = "number too small to fit in target type";
            }
            else
            {
                return SqlValue.Of(value);
            }
        }

        throw QueryErrors.InvalidInputError(to.Name, problem, text, span);
    }

    private static SqlValue CheckRange(long value, CastTarget to, TextSpan span) =>
        value < to.Minimum || value > to.Maximum ? throw QueryErrors.OutOfRangeError(to.Name, span) : SqlValue.Of(value);
}

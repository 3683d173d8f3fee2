using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// Which casts exist between the types of secret value expressions, and what they compute: input
/// functions from text (bytea input syntax, integers...), output functions to text, and numeric
/// conversions. Follows PostgreSQL's cast table, restricted to these types.
/// </summary>
internal static class Casts
{
    /// <summary>Casts applied without being written (to match an overload): integer widening only.</summary>
    public static bool IsImplicit(ExpressionType from, ExpressionType to) =>
        (from == ExpressionType.Integer && (to == ExpressionType.BigInt || to == ExpressionType.Numeric))
        || (from == ExpressionType.BigInt && to == ExpressionType.Numeric);

    /// <summary>Whether <c>CAST(x AS to)</c> exists for an <paramref name="from"/> operand.</summary>
    public static bool IsAllowed(ExpressionType from, ExpressionType to) =>
        from == to
        || from == ExpressionType.Unknown
        || from == ExpressionType.Text
        || to == ExpressionType.Text
        || (IsNumber(from) && IsNumber(to))
        || (from == ExpressionType.Integer && to == ExpressionType.Boolean)
        || (from == ExpressionType.Boolean && to == ExpressionType.Integer);

    /// <summary>Converts a non-null value; <paramref name="span"/> is where a bad input is reported.</summary>
    public static Datum Convert(Datum value, ExpressionType from, ExpressionType to, TextSpan span)
    {
        if (value.IsNull || from == to)
        {
            return value;
        }

        if (value is TextDatum text)
        {
            return Input(text.Text, to, span);
        }

        if (to == ExpressionType.Text)
        {
            return new TextDatum(Output(value));
        }

        return value switch
        {
            IntegerDatum i when to == ExpressionType.Boolean => new BooleanDatum(i.Value != 0),
            BooleanDatum b => new IntegerDatum(b.Value ? 1 : 0),
            IntegerDatum i when to == ExpressionType.Numeric => new NumericDatum(i.Value),
            IntegerDatum i => InRange(i.Value, to, span),
            NumericDatum n => InRange(RoundToInteger(n.Value, to, span), to, span),
            _ => throw SecretErrors.NotSimulated(span, $"casts from {from} to {to}"),
        };
    }

    /// <summary>The text form of a value, as its type's output function writes it.</summary>
    public static string Output(Datum value) => value switch
    {
        TextDatum t => t.Text,
        BytesDatum b => "\\x" + System.Convert.ToHexStringLower(b.Bytes),
        IntegerDatum i => i.Value.ToString(CultureInfo.InvariantCulture),
        NumericDatum n => n.Value.ToString(CultureInfo.InvariantCulture),
        BooleanDatum b => b.Value ? "true" : "false",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>Checks that a whole number fits <paramref name="type"/> (integer or bigint).</summary>
    public static IntegerDatum InRange(long value, ExpressionType type, TextSpan span) =>
        type == ExpressionType.Integer && value is < int.MinValue or > int.MaxValue
            ? throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, "integer out of range")
            : new IntegerDatum(value);

    private static bool IsNumber(ExpressionType type) =>
        type == ExpressionType.Integer || type == ExpressionType.BigInt || type == ExpressionType.Numeric;

    /// <summary>The type's input function. Messages leave out the input text, which may be the secret.</summary>
    private static Datum Input(string text, ExpressionType to, TextSpan span)
    {
        if (to == ExpressionType.Text)
        {
            return new TextDatum(text);
        }

        if (to == ExpressionType.Bytea)
        {
            return new BytesDatum(ByteaText.ParseInput(text, span));
        }

        if (to == ExpressionType.Integer || to == ExpressionType.BigInt)
        {
            var trimmed = text.Trim();
            var digits = trimmed.AsSpan(trimmed.StartsWith('+') || trimmed.StartsWith('-') ? 1 : 0);
            if (digits.IsEmpty || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, $"invalid input syntax for type {to}");
            }

            return long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && (to == ExpressionType.BigInt || parsed is >= int.MinValue and <= int.MaxValue)
                ? new IntegerDatum(parsed)
                : throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, $"value is out of range for type {to}");
        }

        if (to == ExpressionType.Numeric)
        {
            return decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new NumericDatum(number)
                : throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, "invalid input syntax for type numeric");
        }

        if (to == ExpressionType.Boolean)
        {
            return text.Trim().ToLowerInvariant() switch
            {
                "t" or "true" or "y" or "yes" or "on" or "1" => new BooleanDatum(true),
                "f" or "false" or "n" or "no" or "off" or "0" => new BooleanDatum(false),
                _ => throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, "invalid input syntax for type boolean"),
            };
        }

        throw SecretErrors.NotSimulated(span, $"input of type {to}");
    }

    /// <summary>numeric to integer rounds half away from zero, as PostgreSQL does.</summary>
    private static long RoundToInteger(decimal value, ExpressionType to, TextSpan span)
    {
        var rounded = decimal.Round(value, MidpointRounding.AwayFromZero);
        return rounded is >= long.MinValue and <= long.MaxValue
            ? (long)rounded
            : throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, $"{to} out of range");
    }
}

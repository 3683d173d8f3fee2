using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// The functions and operators a secret value expression may use, with their overloads and what
/// they compute; and the names of the aggregate and table functions AS rejects.
/// </summary>
internal static class FunctionCatalog
{
    /// <summary>
    /// The simulator's bound on any value along the way (a secret itself is at most 512 KiB), so that
    /// <c>repeat('x', 2000000000)</c> cannot exhaust memory.
    /// </summary>
    public const int MaxSimulatedLength = 64 * 1024 * 1024;

    private static readonly ExpressionType Text = ExpressionType.Text;
    private static readonly ExpressionType Bytea = ExpressionType.Bytea;

    public static ImmutableHashSet<string> Aggregates { get; } =
    [
        "count", "sum", "avg", "min", "max", "array_agg", "string_agg", "bool_and", "bool_or", "every",
        "jsonb_agg", "jsonb_object_agg", "list_agg", "map_agg", "stddev", "stddev_pop", "stddev_samp",
        "variance", "var_pop", "var_samp",
    ];

    public static ImmutableHashSet<string> TableFunctions { get; } =
    [
        "generate_series", "generate_subscripts", "unnest", "jsonb_array_elements", "jsonb_array_elements_text",
        "jsonb_each", "jsonb_each_text", "jsonb_object_keys", "regexp_extract", "regexp_split_to_table", "csv_extract",
    ];

    /// <summary>
    /// The functions SqlConn evaluates, each as its overloads (which share its name). Three: a search of an array,
    /// where a dictionary would only be slower to build (its code over arrays of overloads is compiled at run time).
    /// </summary>
    private static readonly ImmutableArray<FunctionOverload>[] Functions =
    [
        [new("decode", [Text, Text], Bytea, Decode)],
        [new("convert_to", [Text, Text], Bytea, ConvertTo)],
        [new("repeat", [Text, ExpressionType.Integer], Text, Repeat)],
    ];

    /// <summary>The overloads of the function SqlConn evaluates by that name; none (empty) for any other name.</summary>
    public static ImmutableArray<FunctionOverload> Function(string name)
    {
        foreach (var overloads in Functions)
        {
            if (overloads[0].Name == name)
            {
                return overloads;
            }
        }

        return [];
    }

    /// <summary>The functions SqlConn evaluates, for messages: <c>convert_to, decode and repeat</c>.</summary>
    public static string Supported { get; } = EnglishList.Of(Functions.Select(overloads => overloads[0].Name));

    /// <summary>
    /// The catalog name a function call refers to (<c>decode</c> for <c>pg_catalog.decode</c>), or null
    /// when the name is not one SqlConn knows.
    /// </summary>
    public static string? Resolve(ObjectName name)
    {
        var parts = name.Parts;
        if (parts.Length is not (1 or 2) || (parts.Length == 2 && parts[0].Value is not ("pg_catalog" or "mz_catalog")))
        {
            return null;
        }

        var function = parts[^1].Value;
        return !Function(function).IsEmpty || Aggregates.Contains(function) || TableFunctions.Contains(function) ? function : null;
    }

    public static ImmutableArray<FunctionOverload> Concat { get; } =
    [
        new("||", [Text, Text], Text, (a, call) => new TextDatum(Joined(TextOf(a[0]), TextOf(a[1]), call.Span))),
        new("||", [Bytea, Bytea], Bytea, (a, call) => new BytesDatum(Joined(BytesOf(a[0]), BytesOf(a[1]), call.Span))),
        new("||", [ExpressionType.AnyNonArray, Text], Text, (a, call) => new TextDatum(Joined(Casts.Output(a[0]), TextOf(a[1]), call.Span))),
        new("||", [Text, ExpressionType.AnyNonArray], Text, (a, call) => new TextDatum(Joined(TextOf(a[0]), Casts.Output(a[1]), call.Span))),
    ];

    public static ImmutableArray<FunctionOverload> Arithmetic(BinaryOperator op)
    {
        var symbol = op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            BinaryOperator.Divide => "/",
            BinaryOperator.Modulo => "%",
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
        return
        [
            IntegerOperator(symbol, ExpressionType.Integer, op),
            IntegerOperator(symbol, ExpressionType.BigInt, op),
            new(symbol, [ExpressionType.Numeric, ExpressionType.Numeric], ExpressionType.Numeric, NumericArithmetic),
        ];
    }

    public static ImmutableArray<FunctionOverload> Sign(UnaryOperator op)
    {
        var negate = op == UnaryOperator.Minus;
        var symbol = negate ? "-" : "+";
        return
        [
            new(symbol, [ExpressionType.Integer], ExpressionType.Integer, (a, call) => Signed(a[0], negate, ExpressionType.Integer, call)),
            new(symbol, [ExpressionType.BigInt], ExpressionType.BigInt, (a, call) => Signed(a[0], negate, ExpressionType.BigInt, call)),
            new(symbol, [ExpressionType.Numeric], ExpressionType.Numeric, NumericArithmetic),
        ];
    }

    /// <summary><c>decode(text, format)</c>: base64, hex or escape, the format name in any case.</summary>
    private static Datum Decode(IReadOnlyList<Datum> arguments, BoundCall call)
    {
        var input = Encoding.UTF8.GetBytes(TextOf(arguments[0]));
        var inputSpan = call.Arguments[0].Span;
        return TextOf(arguments[1]).ToLowerInvariant() switch
        {
            "base64" => new BytesDatum(ByteaText.ParseBase64(input, inputSpan)),
            "hex" => new BytesDatum(ByteaText.ParseHex(input, inputSpan)),
            "escape" => new BytesDatum(ByteaText.ParseEscape(input, inputSpan)),
            _ => throw SecretErrors.At(call.Arguments[1].Span, SecretDiagnostics.InvalidInput, "invalid encoding name",
                hint: "The formats are base64, hex and escape."),
        };
    }

    /// <summary><c>convert_to(text, encoding)</c>, for UTF8 (PostgreSQL ignores case and punctuation in the name).</summary>
    private static Datum ConvertTo(IReadOnlyList<Datum> arguments, BoundCall call)
    {
        var encoding = new string([.. TextOf(arguments[1]).Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        return encoding is "utf8" or "unicode"
            ? new BytesDatum(Encoding.UTF8.GetBytes(TextOf(arguments[0])))
            : throw SecretErrors.NotSimulated(call.Arguments[1].Span, "convert_to() to encodings other than UTF8");
    }

    /// <summary><c>repeat(text, n)</c>: empty for n &lt;= 0.</summary>
    private static Datum Repeat(IReadOnlyList<Datum> arguments, BoundCall call)
    {
        var text = TextOf(arguments[0]);
        var count = ((IntegerDatum)arguments[1]).Value;
        if (count <= 0 || text.Length == 0)
        {
            return new TextDatum(string.Empty);
        }

        CheckLength((long)text.Length * count, call.Span);
        return new TextDatum(new StringBuilder(text.Length * (int)count).Insert(0, text, (int)count).ToString());
    }

    private static FunctionOverload IntegerOperator(string symbol, ExpressionType type, BinaryOperator op) =>
        new(symbol, [type, type], type, (a, call) =>
        {
            var (left, right) = (((IntegerDatum)a[0]).Value, ((IntegerDatum)a[1]).Value);
            if (op is BinaryOperator.Divide or BinaryOperator.Modulo && right == 0)
            {
                throw SecretErrors.At(call.Span, SecretDiagnostics.InvalidInput, "division by zero");
            }

            try
            {
                var result = op switch
                {
                    BinaryOperator.Add => checked(left + right),
                    BinaryOperator.Subtract => checked(left - right),
                    BinaryOperator.Multiply => checked(left * right),
                    BinaryOperator.Divide => checked(left / right),
                    _ => right == -1 ? 0 : left % right,
                };
                return Casts.InRange(result, type, call.Span);
            }
            catch (OverflowException)
            {
                throw SecretErrors.At(call.Span, SecretDiagnostics.InvalidInput, $"{type} out of range");
            }
        });

    private static Datum Signed(Datum operand, bool negate, ExpressionType type, BoundCall call)
    {
        var value = ((IntegerDatum)operand).Value;
        return !negate ? operand
            : value == long.MinValue ? throw SecretErrors.At(call.Span, SecretDiagnostics.InvalidInput, $"{type} out of range")
            : Casts.InRange(-value, type, call.Span);
    }

    private static Datum NumericArithmetic(IReadOnlyList<Datum> arguments, BoundCall call) =>
        throw SecretErrors.NotSimulated(call.Span, "numeric arithmetic");

    private static string Joined(string left, string right, TextSpan span)
    {
        CheckLength((long)left.Length + right.Length, span);
        return left + right;
    }

    private static byte[] Joined(byte[] left, byte[] right, TextSpan span)
    {
        CheckLength((long)left.Length + right.Length, span);
        return [.. left, .. right];
    }

    private static void CheckLength(long length, TextSpan span)
    {
        if (length > MaxSimulatedLength)
        {
            throw SecretErrors.NotSimulated(span, "values larger than 64 MiB");
        }
    }

    private static string TextOf(Datum datum) => ((TextDatum)datum).Text;

    private static byte[] BytesOf(Datum datum) => ((BytesDatum)datum).Bytes;
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Values;
using static SqlConn.Engine.Values.SqlType;

namespace SqlConn.Engine.Queries.Functions;

/// <summary>
/// The scalar functions the simulator evaluates, by name, with PostgreSQL's semantics; strings are
/// measured and cut in code points. COALESCE, NULLIF, GREATEST, LEAST, concat and concat_ws take
/// any number or type of arguments and are bound by <see cref="Binding.FunctionBinder"/> instead.
/// </summary>
internal static class ScalarFunctions
{
    public static FrozenDictionary<string, ImmutableArray<ScalarFunction>> ByName { get; } = new ScalarFunction[]
    {
        Function("lower", [Text], Text, a => SqlValue.Of(Str(a, 0).ToLowerInvariant())),
        Function("upper", [Text], Text, a => SqlValue.Of(Str(a, 0).ToUpperInvariant())),
        Function("length", [Text], Integer, a => SqlValue.Of(Runes(Str(a, 0)).Length)),
        Function("char_length", [Text], Integer, a => SqlValue.Of(Runes(Str(a, 0)).Length)),
        Function("character_length", [Text], Integer, a => SqlValue.Of(Runes(Str(a, 0)).Length)),
        Function("octet_length", [Text], Integer, a => SqlValue.Of(Encoding.UTF8.GetByteCount(Str(a, 0)))),
        Function("left", [Text, Integer], Text, a => Slice(Str(a, 0), n => Math.Max(0, Int(a, 1) < 0 ? n + Int(a, 1) : Int(a, 1)), fromEnd: false)),
        Function("right", [Text, Integer], Text, a => Slice(Str(a, 0), n => Math.Max(0, Int(a, 1) < 0 ? n + Int(a, 1) : Int(a, 1)), fromEnd: true)),
        Function("substr", [Text, Integer], Text, a => Substring(Str(a, 0), Int(a, 1), null, default)),
        Function("substr", [Text, Integer, Integer], Text, (a, s) => Substring(Str(a, 0), Int(a, 1), Int(a, 2), s)),
        Function("substring", [Text, Integer], Text, a => Substring(Str(a, 0), Int(a, 1), null, default)),
        Function("substring", [Text, Integer, Integer], Text, (a, s) => Substring(Str(a, 0), Int(a, 1), Int(a, 2), s)),
        Function("starts_with", [Text, Text], SqlType.Boolean, a => SqlValue.Of(Str(a, 0).StartsWith(Str(a, 1), StringComparison.Ordinal))),
        Function("replace", [Text, Text, Text], Text, a => SqlValue.Of(Str(a, 1).Length == 0 ? Str(a, 0) : Str(a, 0).Replace(Str(a, 1), Str(a, 2), StringComparison.Ordinal))),
        Function("strpos", [Text, Text], Integer, a => SqlValue.Of(Position(Str(a, 0), Str(a, 1)))),
        Function("split_part", [Text, Text, Integer], Text, (a, s) => SplitPart(Str(a, 0), Str(a, 1), Int(a, 2), s)),
        Function("btrim", [Text], Text, a => SqlValue.Of(Str(a, 0).Trim(' '))),
        Function("btrim", [Text, Text], Text, a => SqlValue.Of(Str(a, 0).Trim(Str(a, 1).ToCharArray()))),
        Function("trim", [Text], Text, a => SqlValue.Of(Str(a, 0).Trim(' '))),
        Function("ltrim", [Text], Text, a => SqlValue.Of(Str(a, 0).TrimStart(' '))),
        Function("ltrim", [Text, Text], Text, a => SqlValue.Of(Str(a, 0).TrimStart(Str(a, 1).ToCharArray()))),
        Function("rtrim", [Text], Text, a => SqlValue.Of(Str(a, 0).TrimEnd(' '))),
        Function("rtrim", [Text, Text], Text, a => SqlValue.Of(Str(a, 0).TrimEnd(Str(a, 1).ToCharArray()))),
        Function("array_length", [TextArray, Integer], Integer, a => Items(a, 0).Length > 0 && Int(a, 1) == 1 ? SqlValue.Of(Items(a, 0).Length) : SqlValue.Null),
        Function("cardinality", [TextArray], Integer, a => SqlValue.Of(Items(a, 0).Length)),
        Function("array_to_string", [TextArray, Text], Text, a => JoinArray(Items(a, 0), Str(a, 1), null)),
        Function("array_to_string", [TextArray, Text, Text], Text, a => JoinArray(Items(a, 0), Str(a, 1), Str(a, 2))),
        Function("abs", [Integer], Integer, (a, s) => Int(a, 0) == long.MinValue ? throw QueryErrors.OutOfRangeError("bigint", s) : SqlValue.Of(Math.Abs(Int(a, 0)))),
    }.GroupBy(f => f.Name).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    private static ScalarFunction Function(string name, ImmutableArray<SqlType> parameters, SqlType returns, Func<ImmutableArray<SqlValue>, SqlValue> body) =>
        new(name, parameters, returns, (arguments, _) => body(arguments));

    private static ScalarFunction Function(
        string name, ImmutableArray<SqlType> parameters, SqlType returns, Func<ImmutableArray<SqlValue>, TextSpan, SqlValue> body) =>
        new(name, parameters, returns, body);

    private static string Str(ImmutableArray<SqlValue> arguments, int index) => ((SqlText)arguments[index]).Value;

    private static long Int(ImmutableArray<SqlValue> arguments, int index) => ((SqlInteger)arguments[index]).Value;

    private static ImmutableArray<SqlValue> Items(ImmutableArray<SqlValue> arguments, int index) => ((SqlArray)arguments[index]).Items;

    private static string[] Runes(string text) => [.. text.EnumerateRunes().Select(r => r.ToString())];

    /// <summary>The first (or, <paramref name="fromEnd"/>, last) <c>count(length)</c> code points.</summary>
    private static SqlValue Slice(string text, Func<long, long> count, bool fromEnd)
    {
        var runes = Runes(text);
        var take = (int)Math.Min(count(runes.Length), runes.Length);
        return SqlValue.Of(string.Concat(!fromEnd ? runes.Take(take) : runes.Skip(runes.Length - take)));
    }

    /// <summary>PostgreSQL's substr: positions from 1, a start before 1 eats into the length.</summary>
    private static SqlValue Substring(string text, long start, long? length, TextSpan span)
    {
        if (length < 0)
        {
            throw QueryErrors.InvalidArgumentError("negative substring length not allowed", span);
        }

        var runes = Runes(text);
        var end = length is { } n ? Math.Min(runes.Length + 1L, start > long.MaxValue - n ? long.MaxValue : start + n) : runes.Length + 1L;
        var first = Math.Max(start, 1);
        return SqlValue.Of(end <= first ? string.Empty : string.Concat(runes.Skip((int)(first - 1)).Take((int)(end - first))));
    }

    private static long Position(string text, string search)
    {
        var index = text.IndexOf(search, StringComparison.Ordinal);
        return index < 0 ? 0 : text[..index].EnumerateRunes().Count() + 1;
    }

    /// <summary>The n-th field (negative: from the end), empty when there is none.</summary>
    private static SqlValue SplitPart(string text, string delimiter, long field, TextSpan span)
    {
        if (field == 0)
        {
            throw QueryErrors.InvalidArgumentError("field position must not be zero", span);
        }

        string[] fields = delimiter.Length == 0 ? [text] : text.Split(delimiter);
        var index = field > 0 ? field - 1 : fields.Length + field;
        return SqlValue.Of(index >= 0 && index < fields.Length ? fields[index] : string.Empty);
    }

    private static SqlValue JoinArray(ImmutableArray<SqlValue> items, string delimiter, string? nullText) =>
        SqlValue.Of(string.Join(delimiter, items.Select(i => i is SqlText t ? t.Value : nullText).OfType<string>()));
}

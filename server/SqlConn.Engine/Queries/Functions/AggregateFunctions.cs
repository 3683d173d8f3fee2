using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Values;
using static SqlConn.Engine.Values.SqlType;

namespace SqlConn.Engine.Queries.Functions;

/// <summary>
/// The aggregates the simulator evaluates, by name. <c>count</c> takes any argument (or <c>*</c>) and
/// is bound by <see cref="Binding.FunctionBinder"/>.
/// </summary>
internal static class AggregateFunctions
{
    public static FrozenDictionary<string, ImmutableArray<AggregateFunction>> ByName { get; } = new[]
    {
        MinMax("min", -1), MinMax("max", 1),
        [
            new AggregateFunction("sum", [Integer], Integer, span => new FoldAccumulator((a, b) => Add(a, b, span))),
            new AggregateFunction("string_agg", [Text, Text], Text, _ => new StringAggAccumulator()),
            new AggregateFunction("array_agg", [Text], TextArray, _ => new ArrayAggAccumulator()),
            Logical("bool_and", and: true), Logical("every", and: true), Logical("bool_or", and: false),
        ],
    }.SelectMany(f => f).GroupBy(f => f.Name).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary><c>count(*)</c> (no arguments) or <c>count(x)</c> for x of any type.</summary>
    public static AggregateFunction Count(ImmutableArray<SqlType> arguments) => new("count", arguments, Integer, _ => new CountAccumulator());

    private static IEnumerable<AggregateFunction> MinMax(string name, int sign) =>
        new[] { Text, Integer, Oid, TextArray }.Select(type => new AggregateFunction(
            name, ImmutableArray.Create(type), type,
            _ => new FoldAccumulator((a, b) => sign * SqlValueComparer.Instance.Compare(b, a) > 0 ? b : a)));

    private static AggregateFunction Logical(string name, bool and) =>
        new(name, [SqlType.Boolean], SqlType.Boolean, _ => new FoldAccumulator((a, b) => SqlValue.Of(and
            ? ((SqlBoolean)a).Value && ((SqlBoolean)b).Value
            : ((SqlBoolean)a).Value || ((SqlBoolean)b).Value)));

    private static SqlValue Add(SqlValue a, SqlValue b, TextSpan span)
    {
        try
        {
            return SqlValue.Of(checked(((SqlInteger)a).Value + ((SqlInteger)b).Value));
        }
        catch (OverflowException)
        {
            throw QueryErrors.OutOfRangeError("bigint", span);
        }
    }
}

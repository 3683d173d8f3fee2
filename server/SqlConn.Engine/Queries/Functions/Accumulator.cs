using System.Collections.Immutable;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Functions;

/// <summary>The running state of one aggregate for one group: fed each row's arguments, then asked for the result.</summary>
internal abstract class Accumulator
{
    public abstract void Add(ImmutableArray<SqlValue> arguments);

    public abstract SqlValue Result();
}

/// <summary><c>count(*)</c> counts rows; <c>count(x)</c> the rows where x is not NULL.</summary>
internal sealed class CountAccumulator : Accumulator
{
    private long count;

    public override void Add(ImmutableArray<SqlValue> arguments)
    {
        if (!arguments.Any(a => a.IsNull))
        {
            count++;
        }
    }

    public override SqlValue Result() => SqlValue.Of(count);
}

/// <summary>
/// Aggregates that skip NULL inputs and are NULL when there were none: <c>min</c>, <c>max</c>,
/// <c>sum</c>, <c>bool_and</c>, <c>bool_or</c>, each a fold of two values.
/// </summary>
internal sealed class FoldAccumulator(Func<SqlValue, SqlValue, SqlValue> fold) : Accumulator
{
    private SqlValue result = SqlValue.Null;

    public override void Add(ImmutableArray<SqlValue> arguments)
    {
        var value = arguments[0];
        if (!value.IsNull)
        {
            result = result.IsNull ? value : fold(result, value);
        }
    }

    public override SqlValue Result() => result;
}

/// <summary><c>string_agg(value, delimiter)</c>: non-NULL values joined, each after its own delimiter.</summary>
internal sealed class StringAggAccumulator : Accumulator
{
    private System.Text.StringBuilder? text;

    public override void Add(ImmutableArray<SqlValue> arguments)
    {
        if (arguments[0] is not SqlText value)
        {
            return;
        }

        if (text is null)
        {
            text = new System.Text.StringBuilder(value.Value);
        }
        else
        {
            text.Append(arguments[1] is SqlText delimiter ? delimiter.Value : string.Empty).Append(value.Value);
        }
    }

    public override SqlValue Result() => SqlValue.Of(text?.ToString());
}

/// <summary><c>array_agg(value)</c>: every value, NULLs included; NULL when there were no rows.</summary>
internal sealed class ArrayAggAccumulator : Accumulator
{
    private readonly List<SqlValue> items = [];

    public override void Add(ImmutableArray<SqlValue> arguments) => items.Add(arguments[0]);

    public override SqlValue Result() => items.Count == 0 ? SqlValue.Null : new SqlArray([.. items]);
}

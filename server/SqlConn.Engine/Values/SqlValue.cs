using System.Collections.Immutable;

namespace SqlConn.Engine.Values;

/// <summary>A value of a row. Immutable; compare with <see cref="SqlValueComparer"/> for SQL semantics.</summary>
public abstract record SqlValue
{
    public static SqlValue Null { get; } = new SqlNull();

    public static SqlValue Of(string? text) => text is null ? Null : new SqlText(text);

    public static SqlValue Of(long value) => new SqlInteger(value);

    public static SqlValue Of(bool value) => new SqlBoolean(value);

    public static SqlValue Of(IEnumerable<string> items) => new SqlArray([.. items.Select(i => (SqlValue)new SqlText(i))]);

    public bool IsNull => this is SqlNull;
}

public sealed record SqlNull : SqlValue;

/// <summary>
/// A text. One made by <see cref="Deferred"/> computes its text when first read: a result can hold
/// what is costly to compute and may never be shown (an SSH public key), and computes it only if
/// it is shown, compared or sorted. Equal by text.
/// </summary>
public sealed record SqlText : SqlValue
{
    private readonly Func<string>? compute;
    private string? value;

    public SqlText(string value) => this.value = value;

    private SqlText(Func<string> compute) => this.compute = compute;

    public string Value => value ??= compute?.Invoke() ?? throw new InvalidOperationException("a text with neither a value nor a computation");

    public static SqlText Deferred(Func<string> compute) => new(compute);

    public bool Equals(SqlText? other) => other is not null && Value == other.Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}

public sealed record SqlInteger(long Value) : SqlValue;

public sealed record SqlBoolean(bool Value) : SqlValue;

/// <summary>An array (text[], mz_aclitem[]). Compares element-wise.</summary>
public sealed record SqlArray(ImmutableArray<SqlValue> Items) : SqlValue
{
    public bool Equals(SqlArray? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(17, (h, v) => (h * 31) + v.GetHashCode());
}

/// <summary>A jsonb value, kept as its canonical text.</summary>
public sealed record SqlJson(string Json) : SqlValue;

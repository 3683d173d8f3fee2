namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// A value computed while evaluating a secret value expression. Datums live only during one
/// evaluation. They are classes without a ToString of their own, so that printing one (in a
/// debugger display, a log or an exception) shows its kind and never its content.
/// </summary>
internal abstract class Datum
{
    public static Datum Null { get; } = new NullDatum();

    public bool IsNull => this is NullDatum;
}

internal sealed class NullDatum : Datum;

internal sealed class BytesDatum(byte[] bytes) : Datum
{
    public byte[] Bytes { get; } = bytes;
}

internal sealed class TextDatum(string text) : Datum
{
    public string Text { get; } = text;
}

/// <summary>An integer or bigint; the expression's type says which range applies.</summary>
internal sealed class IntegerDatum(long value) : Datum
{
    public long Value { get; } = value;
}

internal sealed class NumericDatum(decimal value) : Datum
{
    public decimal Value { get; } = value;
}

internal sealed class BooleanDatum(bool value) : Datum
{
    public bool Value { get; } = value;
}

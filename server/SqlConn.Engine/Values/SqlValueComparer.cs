namespace SqlConn.Engine.Values;

/// <summary>
/// The order of values of one type, as Materialize sorts them: text by code point (its collation is
/// byte-wise UTF-8), integers numerically, false before true, arrays element by element. NULL sorts
/// after every value (PostgreSQL's default, <c>NULLS LAST</c> for ascending order); the SQL
/// comparison operators handle NULL themselves before calling this.
/// </summary>
public sealed class SqlValueComparer : IComparer<SqlValue>
{
    public static SqlValueComparer Instance { get; } = new();

    private SqlValueComparer()
    {
    }

    public int Compare(SqlValue? x, SqlValue? y) => (x, y) switch
    {
        (null or SqlNull, null or SqlNull) => 0,
        (null or SqlNull, _) => 1,
        (_, null or SqlNull) => -1,
        (SqlText a, SqlText b) => CompareCodePoints(a.Value, b.Value),
        (SqlInteger a, SqlInteger b) => a.Value.CompareTo(b.Value),
        (SqlBoolean a, SqlBoolean b) => a.Value.CompareTo(b.Value),
        (SqlJson a, SqlJson b) => CompareCodePoints(a.Json, b.Json),
        (SqlArray a, SqlArray b) => CompareArrays(a, b),
        _ => throw new ArgumentException($"cannot compare {x.GetType().Name} with {y.GetType().Name}"),
    };

    /// <summary>Code point order, which is UTF-8 byte order (ordinal UTF-16 order differs above U+D7FF).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x != y)
            {
                return Rank(x) - Rank(y);
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>Moves surrogates (code points above U+FFFF) after U+E000..U+FFFF.</summary>
    private static int Rank(char c) => char.IsSurrogate(c) ? c + 0x2000 : c >= '\uE000' ? c - 0x800 : c;

    private int CompareArrays(SqlArray a, SqlArray b)
    {
        var length = Math.Min(a.Items.Length, b.Items.Length);
        for (var i = 0; i < length; i++)
        {
            var order = Compare(a.Items[i], b.Items[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Items.Length.CompareTo(b.Items.Length);
    }
}

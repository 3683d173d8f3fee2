using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Tests;

/// <summary><see cref="IdComparer"/> reads the digits of generated ids itself; other ids go through the general parser.</summary>
public sealed class IdComparerTests
{
    private static readonly string[] Ids =
    [
        "u1", "u2", "u10", "u01", "u007", "s1", "s10", "u", "", "u-1", "u+3", " u4", "u 5", "u1x", "x9",
        "u999999999999999999", "u9223372036854775807", "u9223372036854775808", "u99999999999999999999", "u١",
    ];

    [Fact]
    public void Orders_ids_as_the_general_parser_reads_their_numbers()
    {
        foreach (var x in Ids)
        {
            foreach (var y in Ids)
            {
                Assert.True(Math.Sign(Reference(x, y)) == Math.Sign(IdComparer.Instance.Compare(x, y)), $"{x} vs {y}");
            }
        }
    }

    [Fact]
    public void Numbers_order_user_ids()
    {
        string[] ids = ["u10", "u2", "u1", "u100"];

        Assert.Equal(["u1", "u2", "u10", "u100"], ids.Order(IdComparer.Instance));
    }

    /// <summary>The order by prefix, then <see cref="long.TryParse(ReadOnlySpan{char}, out long)"/> of the rest, then the text.</summary>
    private static int Reference(string x, string y)
    {
        static int Prefix(string id) => id.Length > 0 ? id[0] : -1;
        static long Number(string id) => id.Length > 1 && long.TryParse(id.AsSpan(1), out var n) ? n : 0;
        var byPrefix = Prefix(x).CompareTo(Prefix(y));
        if (byPrefix != 0)
        {
            return -byPrefix;
        }

        var byNumber = Number(x).CompareTo(Number(y));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }
}

using SqlConn.Engine.Values;

namespace SqlConn.Engine.Tests.Values;

public sealed class SqlValueComparerTests
{
    private static readonly SqlValueComparer Comparer = SqlValueComparer.Instance;

    [Theory]
    [InlineData("B", "a")]
    [InlineData("a", "ab")]
    [InlineData("z", "é")]
    [InlineData("\uFFFD", "\U0001F600")]
    public void OrdersTextByCodePoint(string smaller, string larger)
    {
        Assert.True(Comparer.Compare(SqlValue.Of(smaller), SqlValue.Of(larger)) < 0);
        Assert.True(Comparer.Compare(SqlValue.Of(larger), SqlValue.Of(smaller)) > 0);
    }

    [Fact]
    public void OrdersNullAfterEveryValue()
    {
        Assert.True(Comparer.Compare(SqlValue.Null, SqlValue.Of("zzz")) > 0);
        Assert.True(Comparer.Compare(SqlValue.Of(long.MaxValue), SqlValue.Null) < 0);
        Assert.Equal(0, Comparer.Compare(SqlValue.Null, SqlValue.Null));
    }

    [Fact]
    public void OrdersIntegersBooleansAndArraysByValue()
    {
        Assert.True(Comparer.Compare(SqlValue.Of(-5), SqlValue.Of(3)) < 0);
        Assert.True(Comparer.Compare(SqlValue.Of(false), SqlValue.Of(true)) < 0);
        Assert.True(Comparer.Compare(SqlValue.Of(["a", "b"]), SqlValue.Of(["a", "c"])) < 0);
        Assert.True(Comparer.Compare(SqlValue.Of(["a"]), SqlValue.Of(["a", "a"])) < 0);
    }
}

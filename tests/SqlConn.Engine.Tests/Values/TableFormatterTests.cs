using System.Collections.Immutable;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Tests.Values;

/// <summary>Expected outputs are psql 15's, captured from a real server.</summary>
public sealed class TableFormatterTests
{
    [Fact]
    public void AlignsTextLeftNumbersRightAndMarksContinuedLines()
    {
        var columns = Columns(("name", SqlType.Text), ("n", SqlType.Integer), ("t", SqlType.Text));
        var output = TableFormatter.Format(columns,
        [
            [SqlValue.Of("a"), SqlValue.Of(1), SqlValue.Of("x\nyyyy")],
            [SqlValue.Of("bbbbbbb"), SqlValue.Of(22), SqlValue.Of("z")],
        ]);

        Assert.Equal(
            "  name   | n  |  t   \n"
            + "---------+----+------\n"
            + " a       |  1 | x   +\n"
            + "         |    | yyyy\n"
            + " bbbbbbb | 22 | z\n"
            + "(2 rows)\n",
            output);
    }

    [Fact]
    public void ShowsNullAsAnEmptyCellAndPadsContinuationsOfOtherColumns()
    {
        var columns = Columns(("x", SqlType.Text), ("y", SqlType.Integer), ("zz", SqlType.Text), ("n", SqlType.Text));
        var output = TableFormatter.Format(columns, [[SqlValue.Of("a\nbb"), SqlValue.Of(1), SqlValue.Of("abc"), SqlValue.Null]]);

        Assert.Equal(
            " x  | y | zz  | n \n"
            + "----+---+-----+---\n"
            + " a +| 1 | abc | \n"
            + " bb |   |     | \n"
            + "(1 row)\n",
            output);
    }

    [Fact]
    public void CountsWideCharactersAsTwoColumns()
    {
        var output = TableFormatter.Format(Columns(("w", SqlType.Text), ("b", SqlType.Boolean)), [[SqlValue.Of("é日本"), SqlValue.Of(true)]]);

        Assert.Equal("   w   | b \n-------+---\n é日本 | t\n(1 row)\n", output);
    }

    [Fact]
    public void PrintsHeaderAndFooterWithoutRows()
    {
        Assert.Equal(" n \n---\n(0 rows)\n", TableFormatter.Format(Columns(("n", SqlType.Integer)), []));
    }

    [Fact]
    public void PrintsARowWithoutColumnsAsPsqlDoes()
    {
        Assert.Equal("--\n(1 row)\n", TableFormatter.Format([], [[]]));
    }

    private static ImmutableArray<RelationColumn> Columns(params (string Name, SqlType Type)[] columns) =>
        [.. columns.Select(c => new RelationColumn(c.Name, c.Type))];
}

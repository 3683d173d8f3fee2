using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Features.Formatting;
using SqlConn.Ide.Tests.Support;
using SqlConn.Syntax;
using SqlConn.Syntax.Formatting;

namespace SqlConn.Ide.Tests.Formatting;

/// <summary>
/// Formatting as data: each tests/testdata/ide/formatting/*.test file is a script (with two <c>$0</c>
/// marking a range for range formatting), a line <c>----</c> and the formatted script. Every expected
/// output is also checked to be a fixed point that parses to the same statements.
/// </summary>
public sealed class FormattingTests
{
    public static TheoryData<string> Files => TestDataFiles.Theory("ide/formatting", "*.test");

    [Theory]
    [MemberData(nameof(Files))]
    public void Formats_as_expected(string name)
    {
        var file = TestDataFile.Read(RepositoryPaths.TestData("ide", "formatting", name));
        var fixture = Fixture.Parse(file.Input);
        var document = fixture.Document;
        var edits = fixture.Markers.IsEmpty
            ? DocumentFormatting.Format(document)
            : DocumentFormatting.FormatRange(document, fixture.Range);
        var formatted = document.Text.WithChanges(edits).ToString();
        file.Check(formatted);
        if (fixture.Markers.IsEmpty)
        {
            FormattingAssertions.FixedPointWithSameStatements(document.Text.ToString(), formatted);
        }
        else
        {
            FormattingAssertions.SameStatementsAndComments(document.Text.ToString(), formatted);
        }
    }

    [Fact]
    public void Options_set_the_line_length_and_the_indentation()
    {
        const string sql = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', DATABASE 'app', USER 'app');\n";
        var options = new FormattingOptions(MaxLineLength: 40, Indent: "\t");
        Assert.Equal(
            "CREATE CONNECTION pg TO POSTGRES (\n\tHOST = 'db',\n\tDATABASE = 'app',\n\tUSER = 'app'\n);\n",
            SqlFormatter.Format(sql, SqlDialect.Materialize, options));
    }

    [Fact]
    public void A_formatted_document_has_no_edits()
    {
        var document = Analyses.Document("CREATE SECRET s AS 'x';\n");
        Assert.Empty(DocumentFormatting.Format(document));
    }

    [Fact]
    public void Range_formatting_leaves_the_other_statements_alone()
    {
        var (text, markers) = Fixture.Unmark("create secret a as 'x';\ncreate secret $0b as 'y'$0;\n");
        var document = Analyses.Document(text);
        var formatted = document.Text.WithChanges(DocumentFormatting.FormatRange(document, TextSpan.FromBounds(markers[0], markers[1])));
        Assert.Equal("create secret a as 'x';\nCREATE SECRET b AS 'y';\n", formatted.ToString());
    }
}

using SqlConn.Ide.Tests.Support;
using SqlConn.Syntax;
using SqlConn.Syntax.Formatting;

namespace SqlConn.Ide.Tests.Formatting;

/// <summary>The guarantees of <see cref="FormattingAssertions"/>, over every script of the test corpus.</summary>
public sealed class FormattingProperties
{
    public static TheoryData<string> Scripts => Corpus.Files("seeds", "syntax", "engine");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Formatting_the_test_corpus_is_idempotent_and_keeps_statements_and_comments(string path)
    {
        var input = Corpus.Script(path);
        var dialect = path.Contains("cockroach", StringComparison.Ordinal) ? SqlDialect.CockroachDb : SqlDialect.Materialize;
        FormattingAssertions.FixedPointWithSameStatements(input, SqlFormatter.Format(input, dialect), dialect);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_document_whose_lines_all_end_with_crlf_is_formatted_with_crlf(string path)
    {
        var input = Corpus.Script(path).ReplaceLineEndings("\r\n");
        var dialect = path.Contains("cockroach", StringComparison.Ordinal) ? SqlDialect.CockroachDb : SqlDialect.Materialize;

        var formatted = SqlFormatter.Format(input, dialect);

        Assert.Equal(formatted.AsSpan().Count('\n'), formatted.AsSpan().Count("\r\n"));
        Assert.Equal(SqlFormatter.Format(Corpus.Script(path).ReplaceLineEndings("\n"), dialect).ReplaceLineEndings("\r\n"), formatted);
    }
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Tests.Support;
using SqlConn.Workloads;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// <see cref="SqlParser.ParseScript(SourceText, SqlDialect, Action{ParsedStatement})"/> gives the script
/// the ordinary parse gives, and hands out exactly its statements, in order, on the calling thread, with
/// few statements (parsed on the calling thread) and with many (parsed by workers while handed out).
/// </summary>
public sealed class StreamedParseTests
{
    public static TheoryData<string> Scripts => new()
    {
        "-- sqlconn: dialect=cockroachdb\nCREATE EXTERNAL CONNECTION c AS 'nodelocal://1/x';;\n/* unterminated",
        "SELECT 1;\n-- sqlconn: bastion-updated\n;\nCREATE SECRET s AS 'x'; SELEC 2; -- tail\n",
        BenchmarkScript.Materialize(units: 8),
        BenchmarkScript.CockroachDb(units: 2),
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_streamed_parse_hands_out_the_statements_of_the_ordinary_parse(string sql)
    {
        var text = SourceText.From(sql);
        var handedOut = new List<ParsedStatement>();
        var thread = Environment.CurrentManagedThreadId;

        var streamed = SqlParser.ParseScript(text, SqlDialect.Materialize, statement =>
        {
            Assert.Equal(thread, Environment.CurrentManagedThreadId);
            handedOut.Add(statement);
        });

        var ordinary = SqlParser.ParseScript(text);
        Assert.Equal(ordinary.Dialect, streamed.Dialect);
        Assert.Equal(ordinary.Statements.Length, handedOut.Count);
        Assert.Equal(streamed.Statements, handedOut, ReferenceEqualityComparer.Instance);
        Assert.Equal(ordinary.Chunks.Select(c => c.Chunk), streamed.Chunks.Select(c => c.Chunk));
        Assert.Equal(ordinary.ScriptDiagnostics.Select(Described), streamed.ScriptDiagnostics.Select(Described));
        Assert.Equal(ordinary.Diagnostics.Select(Described), streamed.Diagnostics.Select(Described));
        foreach (var (expected, actual) in ordinary.Statements.Zip(streamed.Statements))
        {
            Assert.Equal((expected.Index, expected.Offset, expected.SemicolonPosition), (actual.Index, actual.Offset, actual.SemicolonPosition));
            Assert.Equal(expected.Syntax.Text, actual.Syntax.Text);
            Assert.Null(StructuralComparer.FindDifference(expected.Node, actual.Node));
        }
    }

    private static (string Code, TextSpan Span, string Message, Diagnostics.DiagnosticSeverity Severity) Described(Diagnostics.Diagnostic d) =>
        (d.Code, d.Span, d.Message, d.Severity);

    [Theory]
    [InlineData(3)]
    [InlineData(5_000)]
    public void An_exception_from_the_consumer_stops_the_parse_and_propagates(int failAt)
    {
        var text = SourceText.From(BenchmarkScript.Materialize(units: 300));
        var seen = 0;

        var thrown = Assert.Throws<InvalidOperationException>(() => SqlParser.ParseScript(text, SqlDialect.Materialize, statement =>
        {
            if (++seen == failAt)
            {
                throw new InvalidOperationException($"stop at {statement.Index}");
            }
        }));

        Assert.Equal($"stop at {failAt - 1}", thrown.Message);
        Assert.Equal(failAt, seen);
    }

    [Fact]
    public void The_dialect_is_the_first_lines()
    {
        Assert.Equal(SqlDialect.CockroachDb, SqlParser.DialectOf(SourceText.From("-- sqlconn: dialect=cockroachdb\nSELECT 1;"), SqlDialect.Materialize));
        Assert.Equal(SqlDialect.CockroachDb, SqlParser.DialectOf(SourceText.From("SELECT 1;"), SqlDialect.CockroachDb));
        Assert.Equal(SqlDialect.Materialize, SqlParser.DialectOf(SourceText.From("SELECT 1;\n-- sqlconn: dialect=cockroachdb"), SqlDialect.Materialize));
    }
}

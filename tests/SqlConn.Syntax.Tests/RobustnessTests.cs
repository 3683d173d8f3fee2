using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Parsing;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tests.Support;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>Inputs that must give diagnostics, never an exception or a crash.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void A_10_MB_single_line_script_parses_and_renders()
    {
        const string statement = "CREATE CONNECTION pg TO POSTGRES (HOST = 'db.example.com', PORT = 5432, USER = 'u', PASSWORD = SECRET pw, DATABASE = 'd'); ";
        var sql = new StringBuilder().Insert(0, statement, (10 << 20) / statement.Length).ToString();
        var text = SourceText.From(sql);

        var script = SqlParser.ParseScript(text);

        Assert.Equal((10 << 20) / statement.Length, script.Statements.Length);
        Assert.Empty(script.Diagnostics);
        Assert.All(script.Statements.Take(3), s => Assert.Equal(statement.TrimEnd(' ', ';'), SqlPrinter.Print(s.Node)));
    }

    [Fact]
    public void A_10_MB_string_literal_parses_and_its_diagnostic_renders_windowed()
    {
        var text = SourceText.From("CREATE SECRET s = '" + new string('x', 10 << 20) + "'; DROP SECRET s");

        var script = SqlParser.ParseScript(text);

        var error = Assert.Single(script.Diagnostics);
        Assert.Equal("Expected AS, found equals sign", error.Message);
        var rendered = DiagnosticRenderer.Render(text, error);
        Assert.True(rendered.Length < 1000, "the source line is shown as a window");
        Assert.IsType<Tree.DropObjectsStatement>(script.Statements[1].Node);
    }

    [Fact]
    public void Nesting_beyond_the_guard_is_a_diagnostic()
    {
        var script = SqlParser.ParseScript(Nested("SELECT ", "(", "1", ")", 100_000) + "; DROP SECRET s");

        Assert.Equal(SyntaxDiagnostics.TooDeeplyNested.Code, Assert.Single(script.Diagnostics).Code);
        Assert.IsType<Tree.DropObjectsStatement>(script.Statements[1].Node);
    }

    [Fact]
    public async Task Nesting_beyond_the_guard_is_a_diagnostic_on_a_thread_pool_thread()
    {
        var script = await Task.Run(() => SqlParser.ParseScript(Nested("SELECT ", "(", "1", ")", 100_000)));

        Assert.Equal(SyntaxDiagnostics.TooDeeplyNested.Code, Assert.Single(script.Diagnostics).Code);
    }

    [Theory]
    [InlineData(" + ")]
    [InlineData(" AND ")]
    [InlineData("::int")]
    public async Task A_100000_operator_chain_is_a_diagnostic_on_a_thread_pool_thread(string op)
    {
        var sql = "SELECT x" + string.Concat(Enumerable.Repeat(op + "x", 100_000)) + "; DROP SECRET s";

        var script = await Task.Run(() => SqlParser.ParseScript(sql));

        Assert.Equal(SyntaxDiagnostics.TooDeeplyNested.Code, Assert.Single(script.Diagnostics).Code);
        Assert.IsType<Tree.DropObjectsStatement>(script.Statements[1].Node);
    }

    /// <summary>Statements nested just under the guard, in every shape that nests, on a thread-pool thread (a smaller stack than the main thread's).</summary>
    public static TheoryData<string> JustUnderTheGuard => new()
    {
        Nested("SELECT ", "(", "1", ")", NestingGuard.MaxDepth),
        Nested("SELECT ", "NOT ", "TRUE", string.Empty, NestingGuard.MaxDepth),
        Nested("SELECT ", "- ", "1", string.Empty, NestingGuard.MaxDepth),
        Nested("SELECT ", "ARRAY[", "1", "]", NestingGuard.MaxDepth),
        Nested("SELECT ", "CASE WHEN TRUE THEN ", "1", " END", NestingGuard.MaxDepth),
        Nested("SELECT ", "(SELECT ", "1", ")", NestingGuard.MaxDepth),
        Nested("SELECT ", "f(", "1", ")", NestingGuard.MaxDepth),
        Nested("SELECT * FROM ", "(", "t", ")", NestingGuard.MaxDepth),
        Nested("CREATE SECRET s AS ", "decode(", "'x'", ", 'base64')", NestingGuard.MaxDepth),
        Nested("CREATE CONNECTION c TO POSTGRES (HOST = ", "(", "'h'", ")", NestingGuard.MaxDepth - 1) + ")",
        Nested("CREATE CONNECTION c TO POSTGRES (HOST = ", "[", "'h'", "]", NestingGuard.MaxDepth - 1) + ")",
        Nested("SELECT 1 IN ", "(", "1", ")", NestingGuard.MaxDepth),
        "SELECT 1" + string.Concat(Enumerable.Repeat(" + 1", NestingGuard.MaxChain)),
        "SELECT x" + string.Concat(Enumerable.Repeat("[1]", NestingGuard.MaxChain)),
        "CREATE SECRET s AS 'a'" + string.Concat(Enumerable.Repeat(" || 'a'", NestingGuard.MaxChain - 1)) + "::bytea",
    };

    [Theory]
    [MemberData(nameof(JustUnderTheGuard))]
    public async Task Nesting_just_under_the_guard_parses_prints_and_round_trips_on_a_thread_pool_thread(string sql)
    {
        var failures = await Task.Run(() =>
        {
            var script = SqlParser.ParseScript(sql);
            Assert.DoesNotContain(script.Diagnostics, d => d.Code == SyntaxDiagnostics.TooDeeplyNested.Code);
            Assert.DoesNotContain(script.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            return RoundTrip.Failures(sql).ToList();
        });

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Binary_garbage_gives_diagnostics_not_exceptions(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);

        var script = SqlParser.ParseScript(Encoding.UTF8.GetString(bytes));

        Assert.NotEmpty(script.Diagnostics);
        Assert.DoesNotContain(script.Diagnostics, d => d.Code == SyntaxDiagnostics.InternalError.Code);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("CREATE SECRET s AS 'x\0y';\0")]
    [InlineData(";;;")]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("/* never closed")]
    [InlineData("CREATE SECRET s AS 'never closed\nDROP SECRET t;")]
    [InlineData("CREATE SECRET s AS $x$never closed\nDROP SECRET t;")]
    [InlineData("DROP SECRET \"never closed\nDROP SECRET t;")]
    [InlineData("CREATE SECRET s AS E'\\")]
    public void Malformed_input_gives_diagnostics_not_exceptions(string sql)
    {
        var script = SqlParser.ParseScript(sql);

        Assert.DoesNotContain(script.Diagnostics, d => d.Code == SyntaxDiagnostics.InternalError.Code);
        Assert.All(script.Diagnostics, d => Assert.InRange(d.Span.End, 0, sql.Length));
    }

    private static string Nested(string prefix, string open, string inner, string close, int depth) =>
        new StringBuilder(prefix).Insert(prefix.Length, open, depth).Append(inner).Insert(prefix.Length + (open.Length * depth) + inner.Length, close, depth).ToString();
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Redaction;
using SqlConn.Testing;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// The source line under a diagnostic never shows secret material (<see cref="SecretMaterial"/>):
/// tests/testdata/redaction/*.test show every line of a script as a diagnostic would, and the facts
/// below check that the carets still point at what they underline.
/// </summary>
public sealed class SecretMaterialTests
{
    public static TheoryData<string> Files => [.. TestCaseFile.In("redaction")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Source_lines_mask_secret_material(string file) => TestCaseFile.Load(file).Verify(script =>
    {
        var text = SourceText.From(script);
        var parsed = SqlParser.ParseScript(text, ScriptDirective.DialectOnFirstLine(script) ?? SqlDialect.Materialize);
        var secrets = SecretMaterial.Spans(parsed);
        var lines = text.Lines.Select(line => ShownLine(text, new TextSpan(line.Start, 0), secrets)).ToList();
        Assert.Equal(lines, text.Lines.Select(line => ShownLine(text, new TextSpan(line.Start, 0), SecretMaterial.Spans(parsed, line.Span))));
        return string.Join('\n', lines);
    });

    [Fact]
    public void Carets_after_a_mask_point_at_the_masked_line()
    {
        const string sql = "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL PASSWORD 'a-long-secret-value', SSL KEY SECRET pem);";
        var (line, carets) = Render(sql, sql.IndexOf("pem", StringComparison.Ordinal), 3);

        Assert.Equal("CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SASL PASSWORD '********', SSL KEY SECRET pem);", line);
        Assert.Equal(new string(' ', line.IndexOf("pem", StringComparison.Ordinal)) + "^^^", carets);
    }

    [Fact]
    public void A_diagnostic_inside_secret_material_underlines_the_whole_mask()
    {
        const string sql = "CREATE SECRET s AS 'x'; CREATE SECRET s AS 'hunter2';";
        var (line, carets) = Render(sql, sql.IndexOf("nte", StringComparison.Ordinal), 3);

        Assert.Equal("CREATE SECRET s AS '********'; CREATE SECRET s AS '********';", line);
        Assert.Equal(new string(' ', line.LastIndexOf("'********'", StringComparison.Ordinal)) + "^^^^^^^^^^", carets);
    }

    [Fact]
    public void A_range_ending_in_secret_material_underlines_through_the_mask()
    {
        const string sql = "CREATE SECRET s AS 'hunter2';";
        var (line, carets) = Render(sql, 0, sql.IndexOf("nte", StringComparison.Ordinal));

        Assert.Equal("CREATE SECRET s AS '********';", line);
        Assert.Equal(new string('^', line.Length - 1), carets);
    }

    [Fact]
    public void A_long_line_is_windowed_after_masking()
    {
        var sql = "CREATE SECRET s AS '" + new string('x', 5000) + "'; " + new string(' ', 100) + "SELECT nope;";
        var (line, carets) = Render(sql, sql.IndexOf("nope", StringComparison.Ordinal), 4);

        Assert.StartsWith("CREATE SECRET s AS '********'; ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", line, StringComparison.Ordinal);
        Assert.Equal(new string(' ', line.IndexOf("nope", StringComparison.Ordinal)) + "^^^^", carets);
    }

    /// <summary>The source line and the caret line of a diagnostic at <paramref name="start"/>, without their indent.</summary>
    private static (string Line, string Carets) Render(string sql, int start, int length)
    {
        var text = SourceText.From(sql);
        var rendered = DiagnosticRenderer.Render(text, Diagnostic(start, length), secrets: SecretMaterial.Spans(SqlParser.ParseScript(text))).Split('\n');
        return (rendered[1][4..], rendered[2][4..]);
    }

    private static string ShownLine(SourceText text, TextSpan span, ImmutableArray<TextSpan> secrets) =>
        DiagnosticRenderer.Render(text, Diagnostic(span.Start, span.Length), secrets: secrets).Split('\n')[1][4..];

    private static Diagnostic Diagnostic(int start, int length) => new(SyntaxDiagnostics.SyntaxError, new TextSpan(start, length), "test");
}

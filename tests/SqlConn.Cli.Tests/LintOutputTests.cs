using System.Text.Json;
using Xunit;

namespace SqlConn.Cli.Tests;

/// <summary>The text and JSON formats, dialects, and which files are linted.</summary>
public sealed class LintOutputTests
{
    [Fact]
    public void Text_format_is_compiler_style_with_source_line_caret_and_hint()
    {
        using var dir = new TempDirectory();
        dir.Write("kafka.sql", "CREATE CONNECTION k TO KAFKA (\n    BROKER 'k:9092'\n    SECURITY PROTOCOL = 'PLAINTEXT'\n);\n");

        var result = dir.Run("lint", "kafka.sql");

        Assert.Equal(
            "kafka.sql:3:5: error SC1002: Expected right parenthesis, found SECURITY\n"
            + "        SECURITY PROTOCOL = 'PLAINTEXT'\n"
            + "        ^^^^^^^^\n"
            + "    = hint: a comma is missing between two options\n"
            + "1 file checked: 1 error, 0 warnings\n",
            result.Stdout);
    }

    [Fact]
    public void Json_format_has_exactly_the_documented_shape()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "CREATE SECRET s = 'hunter2';\nCREATE TABLE t (a int);\n");
        dir.Write("b.sql", "DROP SECRET IF EXISTS s;\n");

        var result = dir.Run("lint", "--format", "json", "a.sql", "b.sql");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["files", "summary"], Names(root));
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(["path", "diagnostics"], Names(files[0]));
        Assert.Equal("a.sql", files[0].GetProperty("path").GetString());
        Assert.Equal("b.sql", files[1].GetProperty("path").GetString());
        Assert.Empty(files[1].GetProperty("diagnostics").EnumerateArray());

        var diagnostics = files[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(["code", "category", "severity", "message", "line", "column", "endLine", "endColumn"], Names(d)));
        AssertDiagnostic(diagnostics[0], "SC1001", "error", "Expected AS, found equals sign", 1, 17, 1, 18);
        AssertDiagnostic(diagnostics[1], "SC1008", "hint", "statement is not analyzed: CREATE TABLE", 2, 1, 2, 13);

        var summary = root.GetProperty("summary");
        Assert.Equal(["files", "errors", "warnings"], Names(summary));
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0, summary.GetProperty("warnings").GetInt32());
        Assert.DoesNotContain("hunter2", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dialect_option_selects_the_database_wording()
    {
        using var dir = new TempDirectory();
        dir.Write("crdb.sql", "CREATE EXTERNAL CONNECTION b 's3://bucket';\n");

        var materialize = Message(dir.Run("lint", "--format", "json", "crdb.sql"));
        var cockroach = Message(dir.Run("lint", "--format", "json", "--dialect", "cockroachdb", "crdb.sql"));

        Assert.Equal("Expected AS, found string literal", materialize);
        Assert.Equal("at or near \"string literal\": syntax error", cockroach);
    }

    [Fact]
    public void A_first_line_directive_overrides_the_dialect_option_per_file()
    {
        using var dir = new TempDirectory();
        dir.Write("crdb.sql", "-- sqlconn: dialect=cockroachdb\nCREATE EXTERNAL CONNECTION b 's3://bucket';\n");

        Assert.Equal("at or near \"string literal\": syntax error", Message(dir.Run("lint", "--format", "json", "crdb.sql")));
        Assert.Equal("at or near \"string literal\": syntax error", Message(dir.Run("lint", "--format", "json", "--dialect", "materialize", "crdb.sql")));
    }

    [Fact]
    public void Directories_are_searched_recursively_for_sql_files_in_path_order()
    {
        using var dir = new TempDirectory();
        dir.Write("scripts/b.sql", "DROP SECRET IF EXISTS b;");
        dir.Write("scripts/a.sql", "DROP SECRET IF EXISTS a;");
        dir.Write("scripts/nested/deeper/c.sql", "DROP SECRET IF EXISTS c;");
        dir.Write("scripts/notes.txt", "not SQL");

        var result = dir.Run("lint", "--format", "json", "scripts");

        using var json = JsonDocument.Parse(result.Stdout);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal([Path.Combine("scripts", "a.sql"), Path.Combine("scripts", "b.sql"), Path.Combine("scripts", "nested", "deeper", "c.sql")], paths);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_10_MB_single_line_file_is_linted()
    {
        using var dir = new TempDirectory();
        var prefix = string.Concat(Enumerable.Repeat("CREATE SECRET IF NOT EXISTS s AS 'x'; ", (10 << 20) / 38));
        dir.Write("huge.sql", prefix + "CREATE SECRET bad = 'x';");

        var result = dir.Run("lint", "huge.sql");

        Assert.Equal(1, result.ExitCode);
        var column = prefix.Length + "CREATE SECRET bad ".Length + 1;
        Assert.StartsWith($"huge.sql:1:{column}: error SC1001: Expected AS, found equals sign\n    ...", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_linted_not_crashed_on()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[256 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(dir.Path, "garbage.sql"), bytes);

        var result = dir.Run("lint", "--format", "json", "garbage.sql");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"code\":\"SC1011\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SC1099", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(result.Stderr);
    }

    private static string? Message(RunResult result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0].GetProperty("message").GetString();
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static void AssertDiagnostic(JsonElement d, string code, string severity, string message, int line, int column, int endLine, int endColumn)
    {
        Assert.Equal(code, d.GetProperty("code").GetString());
        Assert.Equal("syntax", d.GetProperty("category").GetString());
        Assert.Equal(severity, d.GetProperty("severity").GetString());
        Assert.Equal(message, d.GetProperty("message").GetString());
        Assert.Equal(line, d.GetProperty("line").GetInt32());
        Assert.Equal(column, d.GetProperty("column").GetInt32());
        Assert.Equal(endLine, d.GetProperty("endLine").GetInt32());
        Assert.Equal(endColumn, d.GetProperty("endColumn").GetInt32());
    }
}

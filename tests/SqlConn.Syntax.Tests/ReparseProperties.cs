using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// <see cref="SqlParser.Reparse"/> after any edits gives exactly what <see cref="SqlParser.ParseScript(SourceText, SqlDialect, Func{string, SqlDialect, StatementSyntax?})"/>
/// gives for the edited text: the same chunks, statements (index, offset, text, semicolon) and
/// script diagnostics, whatever quotes, comments, dollar strings, semicolons and directives the
/// edits open, close, insert or delete, first line included.
/// </summary>
public sealed class ReparseProperties
{
    private static readonly string[] Fragments =
    [
        ";", "'", "''", "\"", "E'", "\\'", "$$", "$a$", "$", "--", "-", "/*", "*/", "\n", "\r", " ", "x", "1", "(", ")", "\u2028",
        "SELECT 1", "CREATE SECRET s AS 'k'", "CREATE CONNECTION c TO KAFKA (BROKER 'b')", "-- sqlconn: dialect=cockroachdb\n",
        "-- sqlconn: bogus\n", "-- note\n",
    ];

    /// <summary>Scripts of up to 60 fragments, repeated <paramref name="times"/> times.</summary>
    private static Gen<string> Scripts(int times) =>
        Gen.ListOf(Gen.Elements(Fragments)).Select(parts => "-- script\n" + string.Concat(Enumerable.Repeat(string.Concat(parts.Take(60)), times)));

    /// <summary>Each seed is one edit: where (a fraction of the text), how much it deletes and what it inserts.</summary>
    private static Gen<IList<int>> Edits => Gen.ListOf(Gen.Choose(0, int.MaxValue)).Select(seeds => (IList<int>)[.. seeds.Take(6)]);

    [Property(MaxTest = 3000)]
    public Property Reparse_after_edits_equals_a_full_parse() =>
        Prop.ForAll(Arb.From(Scripts(1)), Arb.From(Edits), (string script, IList<int> edits) => AssertReparsesAsFullParse(script, edits));

    /// <summary>Scripts of several thousand characters, longer than the window the reparse first reads after an edit.</summary>
    [Property(MaxTest = 600)]
    public Property Reparse_of_long_scripts_after_edits_equals_a_full_parse() =>
        Prop.ForAll(Arb.From(Scripts(40)), Arb.From(Edits), (string script, IList<int> edits) => AssertReparsesAsFullParse(script, edits));

    [Fact]
    public void An_edit_in_one_statement_reparses_only_that_statement()
    {
        var text = SourceText.From("-- script\nSELECT 1;\nSELECT 2;\nSELECT 3;\n");
        var before = SqlParser.ParseScript(text);
        var edited = text.WithChanges(new TextChange(new TextSpan(text.ToString().IndexOf('2'), 1), "22"));

        var after = SqlParser.Reparse(before, edited);

        AssertSameAsFullParse(after, edited);
        Assert.Same(before.Statements[0].Syntax, after.Statements[0].Syntax);
        Assert.NotSame(before.Statements[1].Syntax, after.Statements[1].Syntax);
        Assert.Same(before.Statements[2].Syntax, after.Statements[2].Syntax);
        Assert.Equal(before.Statements[2].Offset + 1, after.Statements[2].Offset);
    }

    [Fact]
    public void Closing_an_unterminated_string_after_it_reparses_from_the_string()
    {
        var text = SourceText.From("-- script\nSELECT 1;\nSELECT 'a;\nSELECT 2;\nSELECT 3;\n");
        var before = SqlParser.ParseScript(text);
        var edited = text.WithChanges(new TextChange(new TextSpan(text.Length - 3, 0), "'"));

        var after = SqlParser.Reparse(before, edited);

        AssertSameAsFullParse(after, edited);
        Assert.Same(before.Statements[0].Syntax, after.Statements[0].Syntax);
        Assert.Equal(2, after.Statements.Length);
    }

    private static void AssertReparsesAsFullParse(string script, IList<int> edits)
    {
        var text = SourceText.From(script);
        var parsed = SqlParser.ParseScript(text);
        foreach (var seed in edits)
        {
            text = text.WithChanges(Edit(text, seed));
            parsed = SqlParser.Reparse(parsed, text);
            AssertSameAsFullParse(parsed, text);
        }
    }

    private static TextChange Edit(SourceText text, int seed)
    {
        var start = seed % (text.Length + 1);
        var length = Math.Min(seed / 7 % 4, text.Length - start);
        return new TextChange(new TextSpan(start, length), seed / 29 % 3 == 0 ? "" : Fragments[seed / 89 % Fragments.Length]);
    }

    private static void AssertSameAsFullParse(ParsedScript reparsed, SourceText text)
    {
        var full = SqlParser.ParseScript(text);
        Assert.Equal(full.Dialect, reparsed.Dialect);
        Assert.Equal(full.Chunks.Select(c => c.Chunk), reparsed.Chunks.Select(c => c.Chunk));
        Assert.Equal(Placement(full), Placement(reparsed));
        Assert.Equal([.. full.ScriptDiagnostics], (IEnumerable<Diagnostics.Diagnostic>)[.. reparsed.ScriptDiagnostics]);
        Assert.Equal(full.Diagnostics, reparsed.Diagnostics);
    }

    private static IEnumerable<(int Index, int Offset, string Text, int? Semicolon)> Placement(ParsedScript script) =>
        script.Statements.Select(s => (s.Index, s.Offset, s.Syntax.Text, s.SemicolonPosition));
}

using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax;
using SqlConn.Syntax.Formatting;

namespace SqlConn.LanguageServer.Tests;

public sealed class FormattingTests
{
    private const string Uri = "untitled:format";

    private const string Text = "create   secret s as 'x';\n-- kept\ncreate connection pg to postgres (host 'db',user 'app',   database 'app', password secret s);\n";

    private static readonly object Options = new { tabSize = 4, insertSpaces = true };

    [Fact]
    public async Task Document_formatting_gives_what_the_formatter_gives()
    {
        await using var client = await LspClient.StartWithDocumentAsync(Uri, Text);

        var edits = await client.DocumentRequestAsync("textDocument/formatting", Uri, new { options = Options });

        var formatted = TextEdits.Apply(Text, edits);
        Assert.Equal(SqlFormatter.Format(Text), formatted);
        Assert.NotEqual(Text, formatted);
        Assert.Contains("-- kept", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Range_formatting_formats_only_the_statements_the_range_touches()
    {
        await using var client = await LspClient.StartWithDocumentAsync(Uri, Text);
        var range = new { start = new { line = 2, character = 3 }, end = new { line = 2, character = 10 } };

        var edits = await client.DocumentRequestAsync("textDocument/rangeFormatting", Uri, new { range, options = Options });

        var formatted = TextEdits.Apply(Text, edits);
        var statement = Text.IndexOf("create connection", StringComparison.Ordinal);
        var expected = SourceText.From(Text).WithChanges(SqlFormatter.Format(SqlParser.ParseScript(Text), range: TextSpan.FromBounds(statement + 3, statement + 10))).ToString();
        Assert.Equal(expected, formatted);
        Assert.StartsWith("create   secret s as 'x';\n", formatted, StringComparison.Ordinal);
        Assert.NotEqual(Text, formatted);
    }
}

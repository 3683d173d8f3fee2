namespace SqlConn.LanguageServer.Tests;

public sealed class HoverTests
{
    private const string Uri = "untitled:hover";

    [Fact]
    public async Task Hover_on_an_option_gives_its_documentation_and_range()
    {
        var cursor = Cursor.In("CREATE CONNECTION pg TO POSTGRES (HOST 'db', SSL MO$0DE 'require');");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text);

        var hover = await client.DocumentRequestAsync("textDocument/hover", Uri, new { position = cursor.Position });

        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.StartsWith("**SSL MODE** · POSTGRES option", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("- Default: disable", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"start":{"line":0,"character":45},"end":{"line":0,"character":53}}""", hover.GetProperty("range").GetRawText());
    }

    [Fact]
    public async Task Hover_range_is_in_utf16_code_units_and_nothing_is_null()
    {
        var cursor = Cursor.In("CREATE CONNECTION pg TO POSTGRES (HOST '😀', PO$0RT 5432, USER 'app', DATABASE 'app');\n");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text + "-- a comment\n");

        var hover = await client.DocumentRequestAsync("textDocument/hover", Uri, new { position = cursor.Position });
        var none = await client.DocumentRequestAsync("textDocument/hover", Uri, new { position = new { line = 1, character = 5 } });

        Assert.Equal("""{"start":{"line":0,"character":45},"end":{"line":0,"character":49}}""", hover.GetProperty("range").GetRawText());
        Assert.StartsWith("**PORT**", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, none.ValueKind);
    }
}

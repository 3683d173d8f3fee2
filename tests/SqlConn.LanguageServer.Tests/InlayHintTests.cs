namespace SqlConn.LanguageServer.Tests;

public sealed class InlayHintTests
{
    private const string Uri = "untitled:hints";

    [Fact]
    public async Task Effective_defaults_are_parameter_hints_in_the_requested_range()
    {
        const string Line = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app');";
        await using var client = await LspClient.StartWithDocumentAsync(Uri, $"{Line}\n{Line.Replace(" pg ", " other ", StringComparison.Ordinal)}\n");

        var hints = await client.DocumentRequestAsync("textDocument/inlayHint", Uri, new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = Line.Length } } });

        var afterOptions = Line.LastIndexOf(')');
        Assert.Equal(
            [
                ("{\"line\":0,\"character\":" + afterOptions + "}", ", PORT = 5432"),
                ("{\"line\":0,\"character\":" + afterOptions + "}", ", SSL MODE = 'disable'"),
                ("{\"line\":0,\"character\":" + (Line.Length - 1) + "}", " WITH (VALIDATE = true)"),
            ],
            hints.EnumerateArray().Select(h => (h.GetProperty("position").GetRawText(), h.GetProperty("label").GetString())));
        Assert.All(hints.EnumerateArray(), h => Assert.Equal(2, h.GetProperty("kind").GetInt32()));
        Assert.Equal("Default of PORT for POSTGRES connections: 5432", hints[0].GetProperty("tooltip").GetString());
        Assert.All(hints.EnumerateArray(), h => Assert.False(h.TryGetProperty("paddingLeft", out _)));
    }
}

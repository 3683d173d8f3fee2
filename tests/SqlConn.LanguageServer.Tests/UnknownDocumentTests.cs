namespace SqlConn.LanguageServer.Tests;

public sealed class UnknownDocumentTests
{
    private static readonly object Position = new { line = 0, character = 0 };

    private static readonly object Range = new { start = Position, end = Position };

    public static TheoryData<string, object> Requests => new()
    {
        { "textDocument/completion", new { position = Position } },
        { "textDocument/hover", new { position = Position } },
        { "textDocument/signatureHelp", new { position = Position } },
        { "textDocument/inlayHint", new { range = Range } },
        { "textDocument/codeAction", new { range = Range, context = new { diagnostics = Array.Empty<object>() } } },
        { "textDocument/formatting", new { options = new { tabSize = 4, insertSpaces = true } } },
        { "textDocument/rangeFormatting", new { range = Range, options = new { tabSize = 4, insertSpaces = true } } },
        { "textDocument/semanticTokens/full", new { } },
        { "textDocument/semanticTokens/range", new { range = Range } },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_about_a_document_the_server_does_not_have_is_invalid_params(string method, object parameters)
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync("untitled:known", "CREATE SECRET s AS 'x';\n");

        var response = await client.DocumentResponseAsync(method, "untitled:unknown", parameters);

        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("unknown document untitled:unknown", response.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

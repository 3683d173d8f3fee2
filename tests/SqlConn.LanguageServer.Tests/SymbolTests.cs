namespace SqlConn.LanguageServer.Tests;

/// <summary>Document symbols, workspace symbols, folding ranges and selection ranges over the real server.</summary>
public sealed class SymbolTests
{
    private const string Uri = "untitled:symbols";

    private const string Script =
        "-- the shop's database\n" +
        "-- (rotated monthly)\n" +
        Scripts.CreateSecret +
        "CREATE CONNECTION pg TO POSTGRES (\n" +
        "    HOST 'db.example.com',\n" +
        "    PASSWORD SECRET pg_password,\n" +
        "    DATABASE 'shop'\n" +
        ");\n";

    [Fact]
    public async Task Document_symbols_are_the_created_objects_with_their_options_as_children()
    {
        await using var client = await StartAsync();

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } })).GetProperty("result");

        Assert.Equal(2, symbols.GetArrayLength());
        var secret = symbols[0];
        Assert.Equal(("pg_password", 20), (secret.GetProperty("name").GetString(), secret.GetProperty("kind").GetInt32()));
        Assert.Equal(0, secret.GetProperty("children").GetArrayLength());
        var connection = symbols[1];
        Assert.Equal(("pg", "POSTGRES", 11), (connection.GetProperty("name").GetString(), connection.GetProperty("detail").GetString(), connection.GetProperty("kind").GetInt32()));
        Assert.Equal(NavigationTests.Range(3, 0, 7, 1), connection.GetProperty("range").GetRawText());
        Assert.Equal(NavigationTests.Range(3, 18, 3, 20), connection.GetProperty("selectionRange").GetRawText());
        Assert.Equal(
            [("HOST", "'db.example.com'", 7), ("PASSWORD", "SECRET pg_password", 7), ("DATABASE", "'shop'", 7)],
            connection.GetProperty("children").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("detail").GetString(), c.GetProperty("kind").GetInt32())));
        Assert.Equal(NavigationTests.Range(5, 4, 5, 31), connection.GetProperty("children")[1].GetProperty("range").GetRawText());
        Assert.DoesNotContain(Scripts.SecretValue, symbols.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_symbols_match_the_query_characters_in_order()
    {
        await using var client = await StartAsync();

        var symbols = (await client.RequestAsync("workspace/symbol", new { query = "pgpw" })).GetProperty("result");

        var symbol = Assert.Single(symbols.EnumerateArray());
        Assert.Equal(("pg_password", 20), (symbol.GetProperty("name").GetString(), symbol.GetProperty("kind").GetInt32()));
        Assert.Equal($$"""{"uri":"{{Uri}}","range":{{NavigationTests.Range(2, 14, 2, 25)}}}""", symbol.GetProperty("location").GetRawText());
        Assert.Equal(2, (await client.RequestAsync("workspace/symbol", new { query = "" })).GetProperty("result").GetArrayLength());
    }

    [Fact]
    public async Task Folding_ranges_are_the_comment_block_and_the_multi_line_statement()
    {
        await using var client = await StartAsync();

        var ranges = (await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } })).GetProperty("result");

        Assert.Equal("""[{"startLine":0,"endLine":1,"kind":"comment"},{"startLine":3,"endLine":7,"kind":"region"}]""", ranges.GetRawText());
    }

    [Fact]
    public async Task Selection_ranges_grow_from_the_token_to_the_document()
    {
        await using var client = await StartAsync();

        var ranges = (await client.RequestAsync("textDocument/selectionRange", new { textDocument = new { uri = Uri }, positions = new[] { new { line = 4, character = 12 } } })).GetProperty("result");

        var chain = new List<string>();
        for (var range = Assert.Single(ranges.EnumerateArray()); ; range = range.GetProperty("parent"))
        {
            chain.Add(range.GetProperty("range").GetRawText());
            if (!range.TryGetProperty("parent", out _))
            {
                break;
            }
        }

        Assert.Equal(
            [
                NavigationTests.Range(4, 9, 4, 25), // 'db.example.com'
                NavigationTests.Range(4, 4, 4, 25), // HOST 'db.example.com'
                NavigationTests.Range(3, 34, 7, 0), // inside the parentheses
                NavigationTests.Range(3, 33, 7, 1), // the parentheses
                NavigationTests.Range(3, 0, 7, 1), // the statement
                NavigationTests.Range(3, 0, 7, 2), // the statement with its semicolon
                NavigationTests.Range(0, 0, 8, 0), // the document
            ],
            chain);
    }

    private static async Task<LspClient> StartAsync()
    {
        var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Script);
        return client;
    }
}

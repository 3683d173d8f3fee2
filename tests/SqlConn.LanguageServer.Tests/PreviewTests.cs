using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

public sealed class PreviewTests
{
    private const string Uri = "untitled:preview";

    private const string Script = Scripts.CreateSecret + Scripts.CreateConnection + "SELECT name FROM mz_connections;\nDROP SECRET nothing_here;\n";

    [Fact]
    public async Task Each_statement_has_a_preview_lens()
    {
        await using var client = await StartWithScriptAsync();

        var lenses = (await client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri = Uri } })).GetProperty("result");

        Assert.Equal(4, lenses.GetArrayLength());
        var third = lenses[2];
        Assert.Equal("""{"start":{"line":2,"character":0},"end":{"line":2,"character":31}}""", third.GetProperty("range").GetRawText());
        Assert.Equal("Preview", third.GetProperty("command").GetProperty("title").GetString());
        Assert.Equal("sqlconn.preview", third.GetProperty("command").GetProperty("command").GetString());
        Assert.Equal($"""["{Uri}",2]""", third.GetProperty("command").GetProperty("arguments").GetRawText());
    }

    [Fact]
    public async Task Preview_up_to_a_position_gives_what_sqlconn_run_gives_with_secrets_masked()
    {
        await using var client = await StartWithScriptAsync();

        var result = (await client.RequestAsync("sqlconn/preview", new { textDocument = new { uri = Uri }, position = new { line = 2, character = 5 } })).GetProperty("result");

        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var statements = result.GetProperty("statements");
        Assert.Equal(3, statements.GetArrayLength());
        Assert.Equal("CREATE SECRET pg_password AS '********'", statements[0].GetProperty("sql").GetString());
        Assert.Equal("CREATE SECRET", statements[0].GetProperty("tag").GetString());
        Assert.Equal("ok", statements[1].GetProperty("status").GetString());
        Assert.Equal(2, statements[1].GetProperty("line").GetInt32());
        var notice = statements[1].GetProperty("notices")[0];
        Assert.StartsWith("validation of connection \"pg\" was not performed", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NOTICE", notice.GetProperty("level").GetString());
        Assert.Equal("""["name"]""", statements[2].GetProperty("columns").GetRawText());
        Assert.Equal("""[["pg"]]""", statements[2].GetProperty("rows").GetRawText());
        Assert.Equal("SELECT 1", statements[2].GetProperty("tag").GetString());
        Assert.Equal(JsonValueKind.Null, statements[2].GetProperty("error").ValueKind);
        Assert.DoesNotContain(Scripts.SecretValue, result.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_by_statement_index_includes_errors()
    {
        await using var client = await StartWithScriptAsync();

        var statements = (await client.RequestAsync("sqlconn/preview", new { textDocument = new { uri = Uri }, statement = 3 })).GetProperty("result").GetProperty("statements");

        var failed = statements[3];
        Assert.Equal("error", failed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("tag").ValueKind);
        Assert.Equal("SC2001", failed.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("unknown catalog item 'nothing_here'", failed.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Preview_of_an_unknown_document_is_an_error()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var response = await client.RequestAsync("sqlconn/preview", new { textDocument = new { uri = "untitled:unknown" } });

        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    private static async Task<LspClient> StartWithScriptAsync()
    {
        var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Script);
        return client;
    }
}

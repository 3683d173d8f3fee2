using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

public sealed class CompletionTests
{
    private const string Uri = "untitled:completion";

    private static readonly object Snippets = new { textDocument = new { completion = new { completionItem = new { snippetSupport = true } } } };

    [Fact]
    public async Task Inside_a_kafka_option_list_only_the_remaining_kafka_options_come_as_snippets()
    {
        var cursor = Cursor.In("CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', $0);");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text, Snippets);

        var items = await CompleteAsync(client, cursor);

        var labels = items.Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.DoesNotContain("BROKER", labels);
        Assert.Contains("SECURITY PROTOCOL", labels);
        Assert.DoesNotContain("HOST", labels);
        Assert.All(items, i => Assert.Equal(10, i.GetProperty("kind").GetInt32()));
        var sasl = items.Single(i => i.GetProperty("label").GetString() == "SASL MECHANISMS");
        Assert.Equal(2, sasl.GetProperty("insertTextFormat").GetInt32());
        Assert.Equal("SASL MECHANISMS '${1|PLAIN,SCRAM-SHA-256,SCRAM-SHA-512|}'", sasl.GetProperty("textEdit").GetProperty("newText").GetString());
        Assert.Equal("""{"start":{"line":0,"character":47},"end":{"line":0,"character":47}}""", sasl.GetProperty("textEdit").GetProperty("range").GetRawText());
        Assert.Equal("markdown", sasl.GetProperty("documentation").GetProperty("kind").GetString());
        Assert.Equal(JsonSerializer.Serialize(new { uri = Uri, position = new { line = 0, character = 47 }, label = "SASL MECHANISMS", kind = 10 }), sasl.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Without_snippet_support_the_options_come_as_plain_text_with_their_defaults()
    {
        var cursor = Cursor.In("CREATE CONNECTION pg TO POSTGRES (HOST 'db', $0");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text);

        var items = await CompleteAsync(client, cursor);

        Assert.All(items, i => Assert.Equal(1, i.GetProperty("insertTextFormat").GetInt32()));
        Assert.Equal("PORT 5432", NewText(items, "PORT"));
        Assert.Equal("SSL MODE 'disable'", NewText(items, "SSL MODE"));
        Assert.Equal("DATABASE ''", NewText(items, "DATABASE"));
    }

    [Fact]
    public async Task Positions_are_utf16_code_units_after_a_character_outside_the_bmp()
    {
        // 😀 is two UTF-16 code units: read as one character, the cursor would fall after the closing parenthesis.
        var cursor = Cursor.In("CREATE SECRET s AS '😀'; CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', $0);");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text, Snippets);

        var items = await CompleteAsync(client, cursor);

        var protocol = items.Single(i => i.GetProperty("label").GetString() == "SECURITY PROTOCOL");
        Assert.Equal(cursor.Character, protocol.GetProperty("textEdit").GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(72, cursor.Character);
    }

    [Fact]
    public async Task Resolve_documents_a_secret_without_its_value()
    {
        var cursor = Cursor.In(Scripts.CreateSecret + "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', PASSWORD SECRET $0");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text, Snippets);
        var secret = (await CompleteAsync(client, cursor)).Single(i => i.GetProperty("label").GetString() == "pg_password");
        Assert.Equal(6, secret.GetProperty("kind").GetInt32());
        Assert.False(secret.TryGetProperty("documentation", out _));

        var response = await client.RequestAsync("completionItem/resolve", secret);

        var resolved = response.GetProperty("result");
        Assert.Equal("pg_password", resolved.GetProperty("label").GetString());
        Assert.Equal("markdown", resolved.GetProperty("documentation").GetProperty("kind").GetString());
        Assert.StartsWith("**secret materialize.public.pg_password**", resolved.GetProperty("documentation").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Scripts.SecretValue, response.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> CompleteAsync(LspClient client, Cursor cursor)
    {
        var result = await client.DocumentRequestAsync("textDocument/completion", Uri, new { position = cursor.Position });
        Assert.False(result.GetProperty("isIncomplete").GetBoolean());
        return [.. result.GetProperty("items").EnumerateArray()];
    }

    private static string? NewText(List<JsonElement> items, string label) =>
        items.Single(i => i.GetProperty("label").GetString() == label).GetProperty("textEdit").GetProperty("newText").GetString();
}

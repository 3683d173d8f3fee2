using System.Text;

namespace SqlConn.LanguageServer.Tests;

/// <summary>Bad input never kills the server: it is logged, answered where it can be, and the next message is served.</summary>
public sealed class RobustnessTests
{
    private static readonly object Preview = new { textDocument = new { uri = "untitled:none" } };

    [Fact]
    public async Task A_request_before_initialize_gets_ServerNotInitialized_and_a_notification_is_dropped()
    {
        await using var client = LspClient.Start();

        var early = await client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri = "untitled:1" } });
        await client.OpenAsync("untitled:1", "SELECT 1;");
        await client.InitializeAsync();
        var text = await client.DocumentTextAsync("untitled:1");

        Assert.Equal(-32002, early.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32602, text.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_second_initialize_is_refused()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var again = await client.RequestAsync("initialize", new { capabilities = new { } });

        Assert.Equal(-32600, again.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_unknown_method_gets_MethodNotFound()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var response = await client.RequestAsync("textDocument/noSuchThing", new { });

        Assert.Equal(-32601, response.GetProperty("error").GetProperty("code").GetInt32());
        await AssertStillServes(client);
    }

    [Fact]
    public async Task Garbage_bytes_are_skipped_and_logged()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var random = new Random(5);
        var garbage = new byte[4096];
        random.NextBytes(garbage);

        await client.SendRawAsync(garbage);
        await client.SendRawAsync("\r\n\r\nnot a header\r\n\r\n"u8.ToArray());

        await AssertStillServes(client);
        Assert.Contains(client.Notifications("window/logMessage"), m => m.GetProperty("message").GetString()!.StartsWith("malformed message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Content_Length_too_short_gets_a_parse_error_for_the_id_it_can_read()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var body = """{"jsonrpc":"2.0","id":4242,"method":"sqlconn/preview","params":{"textDocument":{"uri":"untitled:none"}}}""";

        await client.SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length - 20}\r\n\r\n"), .. Encoding.UTF8.GetBytes(body)]);
        var (_, next) = client.Send("sqlconn/preview", Preview);

        var error = await client.ResponseAsync(4242);
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32602, (await next).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_Content_Length_too_long_is_cut_where_the_message_ends_and_both_messages_are_served()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var first = """{"jsonrpc":"2.0","id":5151,"method":"textDocument/noSuchThing","params":{}}""";
        var second = """{"jsonrpc":"2.0","id":5252,"method":"textDocument/noSuchThing","params":{}}""";

        await client.SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {first.Length + 30}\r\n\r\n{first}"), .. LspClient.Frame(Encoding.UTF8.GetBytes(second))]);

        Assert.Equal(-32601, (await client.ResponseAsync(5151)).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32601, (await client.ResponseAsync(5252)).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":77,"method":""")]
    [InlineData("""{"jsonrpc":"2.0","id":77,"method":"x","params":[1,2""")]
    public async Task Invalid_json_gets_a_parse_error_with_the_id_when_readable(string body)
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.SendBodyAsync(body);

        Assert.Equal(-32700, (await client.ResponseAsync(77)).GetProperty("error").GetProperty("code").GetInt32());
        await AssertStillServes(client);
    }

    [Theory]
    [InlineData("""{"id":88,"method":"shutdown"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":88,"method":42}""")]
    [InlineData("""{"jsonrpc":"2.0","id":88,"method":"textDocument/codeLens","params":"x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":88}""")]
    public async Task Json_that_is_not_json_rpc_gets_an_invalid_request(string body)
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.SendBodyAsync(body);

        Assert.Equal(-32600, (await client.ResponseAsync(88)).GetProperty("error").GetProperty("code").GetInt32());
        await AssertStillServes(client);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_object_is_answered_without_an_id(string body)
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.SendBodyAsync(body);

        await AssertStillServes(client);
        Assert.Contains(client.Notifications("window/logMessage"), m => m.GetProperty("message").GetString()!.StartsWith("malformed message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parameters_of_the_wrong_shape_fail_the_request_not_the_server()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var response = await client.RequestAsync("sqlconn/preview", new { textDocument = 5 });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = 1 }, contentChanges = "x" });
        await client.NotifyAsync("textDocument/didOpen", new { });

        Assert.True(response.TryGetProperty("error", out _));
        await AssertStillServes(client);
    }

    [Fact]
    public async Task Edits_out_of_range_are_clamped()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync("untitled:r", "SELECT 1;");

        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = "untitled:r", version = 2 },
            contentChanges = new object[]
            {
                new { range = new { start = new { line = 0, character = 100 }, end = new { line = 50, character = 3 } }, text = " --end" },
                new { range = new { start = new { line = 0, character = 7 }, end = new { line = 0, character = -4 } }, text = "2" },
            },
        });
        var text = await client.DocumentTextAsync("untitled:r");

        Assert.Equal("21; --end", text.GetProperty("result").GetProperty("text").GetString());
    }

    private static async Task AssertStillServes(LspClient client)
    {
        var response = await client.RequestAsync("sqlconn/preview", Preview);
        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
    }
}

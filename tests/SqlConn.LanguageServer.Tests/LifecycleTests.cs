using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

/// <summary>The LSP lifecycle against the real <c>sqlconn serve</c> process.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_the_capabilities_and_shutdown_then_exit_ends_with_code_0()
    {
        await using var client = LspClient.Start();

        var result = await client.InitializeAsync();

        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("diagnosticProvider").GetProperty("interFileDependencies").GetBoolean());
        Assert.False(capabilities.GetProperty("codeLensProvider").GetProperty("resolveProvider").GetBoolean());
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal("sqlconn", result.GetProperty("serverInfo").GetProperty("name").GetString());

        var shutdown = await client.RequestAsync("shutdown");
        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Requests_after_shutdown_are_refused_but_exit_is_accepted()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.RequestAsync("shutdown");

        var refused = await client.RequestAsync("sqlconn/preview", new { textDocument = new { uri = "untitled:1" } });

        Assert.Equal(-32600, refused.GetProperty("error").GetProperty("code").GetInt32());
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Closing_the_input_ends_the_server()
    {
        var client = LspClient.Start();
        await using (client)
        {
            await client.InitializeAsync();
            client.CloseInput();
            Assert.Equal(1, await client.WaitForExitAsync());
        }
    }

    [Fact]
    public async Task Set_trace_turns_on_log_trace_notifications()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.NotifyAsync("$/setTrace", new { value = "verbose" });
        await client.OpenAsync("untitled:trace", "SELECT 1;");

        // The first traces may be of an analysis a newer change cancelled, or of the empty workspace
        // loaded before the document opened: any completed analysis is traced.
        var trace = await client.NotificationAsync("$/logTrace", t => t.GetProperty("message").GetString()!.StartsWith("analysed ", StringComparison.Ordinal));
        Assert.Matches(@"^analysed \d+ documents \(generation \d+\) in [\d.]+ ms$", trace.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Workspace_loading_reports_work_done_progress()
    {
        using var workspace = new TempWorkspace(("a.sql", Scripts.CreateSecret));
        await using var client = LspClient.Start();

        await client.InitializeAsync(new { window = new { workDoneProgress = true } }, workspace.Uri);

        var begin = await client.NotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "begin");
        var end = await client.NotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");
        var create = Assert.Single(client.ServerRequests, r => r.GetProperty("method").GetString() == "window/workDoneProgress/create");
        Assert.Equal(create.GetProperty("params").GetProperty("token").GetString(), begin.GetProperty("token").GetString());
        Assert.Equal(begin.GetProperty("token").GetString(), end.GetProperty("token").GetString());
        Assert.Equal("Loading SQL scripts", begin.GetProperty("value").GetProperty("title").GetString());
    }
}

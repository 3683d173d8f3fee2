namespace SqlConn.LanguageServer.Tests;

public sealed class ConfigurationTests
{
    private const string Uri = "untitled:config";

    private const string CockroachStatement = "CREATE EXTERNAL CONNECTION backups AS 'nodelocal://1/backups';\n";

    [Fact]
    public async Task Initialization_options_choose_the_dialect()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(initializationOptions: new { dialect = "cockroachdb" });

        await client.OpenAsync(Uri, CockroachStatement);

        Assert.Equal(0, (await client.DiagnosticsAsync(Uri, 1)).GetArrayLength());
    }

    [Fact]
    public async Task A_configuration_change_analyses_again_with_the_new_settings()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, CockroachStatement);
        var materialize = await client.DiagnosticsAsync(Uri, 1);
        Assert.NotEqual(0, materialize.GetArrayLength());

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { sqlconn = new { dialect = "cockroachdb" } } });

        await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Uri && p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task Settings_are_pulled_from_clients_that_answer_workspace_configuration()
    {
        await using var client = LspClient.Start();
        client.ServerRequestHandler = (method, _) => method == "workspace/configuration" ? new object[] { new { dialect = "cockroachdb" } } : null;
        await client.InitializeAsync(new { workspace = new { configuration = true } });
        await client.OpenAsync(Uri, CockroachStatement);

        await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Uri && p.GetProperty("diagnostics").GetArrayLength() == 0);
        var request = Assert.Single(client.ServerRequests, r => r.GetProperty("method").GetString() == "workspace/configuration");
        Assert.Equal("sqlconn", request.GetProperty("params").GetProperty("items")[0].GetProperty("section").GetString());
    }

    [Fact]
    public async Task The_role_is_the_session_role_and_a_bad_setting_is_reported_not_fatal()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(initializationOptions: new { role = "analyst", seed = "not a number", dialect = 7 });

        await client.OpenAsync(Uri, "SELECT current_user;\n");

        var statement = (await client.RequestAsync("sqlconn/preview", new { textDocument = new { uri = Uri } })).GetProperty("result").GetProperty("statements")[0];
        Assert.Equal("""[["analyst"]]""", statement.GetProperty("rows").GetRawText());
        var warnings = client.Notifications("window/logMessage").Select(m => m.GetProperty("message").GetString()).ToList();
        Assert.Contains("setting sqlconn.seed must be a non-negative integer", warnings);
        Assert.Contains("setting sqlconn.dialect must be a string", warnings);
    }
}

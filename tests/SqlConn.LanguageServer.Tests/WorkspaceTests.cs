namespace SqlConn.LanguageServer.Tests;

public sealed class WorkspaceTests
{
    [Fact]
    public async Task Objects_created_in_one_file_resolve_in_an_open_document_after_it()
    {
        using var workspace = new TempWorkspace(("a_secrets.sql", Scripts.CreateSecret), ("b_connections.sql", Scripts.CreateConnection));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);

        await client.OpenAsync(workspace.FileUri("b_connections.sql"), Scripts.CreateConnection);

        Assert.Equal(0, (await client.DiagnosticsAsync(workspace.FileUri("b_connections.sql"), 1)).GetArrayLength());
    }

    [Fact]
    public async Task A_file_deleted_on_disk_is_picked_up_from_watched_file_events()
    {
        using var workspace = new TempWorkspace(("a_secrets.sql", Scripts.CreateSecret), ("b_connections.sql", Scripts.CreateConnection));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);
        var uri = workspace.FileUri("b_connections.sql");
        await client.OpenAsync(uri, Scripts.CreateConnection);
        await client.DiagnosticsAsync(uri, 1);

        workspace.Delete("a_secrets.sql");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = workspace.FileUri("a_secrets.sql"), type = 3 } } });

        await client.NotificationAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == uri && p.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == "SC2001"));
        await client.NotificationAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == workspace.FileUri("a_secrets.sql") && p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task A_file_created_on_disk_is_picked_up_and_the_open_document_overrides_disk()
    {
        using var workspace = new TempWorkspace(("b_connections.sql", Scripts.CreateConnection));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);
        var uri = workspace.FileUri("b_connections.sql");
        await client.OpenAsync(uri, "SELECT 1;\n");
        Assert.Equal(0, (await client.DiagnosticsAsync(uri, 1)).GetArrayLength());

        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = Scripts.CreateConnection } } });
        Assert.Equal("SC2001", (await client.DiagnosticsAsync(uri, 2))[0].GetProperty("code").GetString());

        workspace.Write("a_secrets.sql", Scripts.CreateSecret);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = workspace.FileUri("a_secrets.sql"), type = 1 } } });

        await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri && p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task The_file_watcher_is_registered_when_the_client_allows_it()
    {
        await using var client = LspClient.Start();

        await client.InitializeAsync(new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        // The registration is sent in the background after initialized: wait for it.
        var registration = (await client.ServerRequestAsync("client/registerCapability")).GetProperty("params").GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        Assert.Equal("**/*.sql", registration.GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());
    }

    [Fact]
    public async Task Added_workspace_folders_are_loaded()
    {
        using var first = new TempWorkspace(("b_connections.sql", Scripts.CreateConnection));
        using var second = new TempWorkspace(("a_secrets.sql", Scripts.CreateSecret));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: first.Uri);
        await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == first.FileUri("b_connections.sql"));

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = new[] { new { uri = second.Uri, name = "second" } }, removed = Array.Empty<object>() } });

        await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == second.FileUri("a_secrets.sql"));
    }

    [Fact]
    public async Task The_projects_sqlconn_json_sets_the_lint_policy_and_its_changes_are_picked_up()
    {
        using var workspace = new TempWorkspace(("a.sql", Scripts.BadPort), ("sqlconn.json", """{ "rules": { "SC2103": "off" } }"""));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);
        var uri = workspace.FileUri("a.sql");
        Assert.Equal(0, (await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri)).GetProperty("diagnostics").GetArrayLength());

        workspace.Write("sqlconn.json", """{ "rules": { "SC2103": "warning" } }""");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = workspace.FileUri("sqlconn.json"), type = 2 } } });

        var published = await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri && p.GetProperty("diagnostics").GetArrayLength() == 1);
        Assert.Equal(2, published.GetProperty("diagnostics")[0].GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task An_unusable_sqlconn_json_is_reported_and_ignored()
    {
        using var workspace = new TempWorkspace(("a.sql", Scripts.BadPort), ("sqlconn.json", """{ "rulez": 1 }"""));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);

        var diagnostics = await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == workspace.FileUri("a.sql"));

        Assert.Equal("SC2103", diagnostics.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Contains(client.Notifications("window/logMessage"), m => m.GetProperty("message").GetString()!.StartsWith("sqlconn.json is not used", StringComparison.Ordinal));
    }
}

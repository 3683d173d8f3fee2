namespace SqlConn.LanguageServer.Tests;

/// <summary>A workspace with a sqlconn.json: its scripts order, its baseline (read again when it changes) and its role, as <c>sqlconn lint</c> applies them.</summary>
public sealed class ProjectTests
{
    private const string Setup = "CREATE ROLE app;\nGRANT CREATE ON SCHEMA materialize.public TO app;\n" + Scripts.CreateSecret;

    [Fact]
    public async Task A_file_listed_first_in_scripts_defines_what_a_file_before_it_in_path_order_uses()
    {
        using var workspace = new TempWorkspace(("sqlconn.json", """{ "scripts": ["b.sql", "*.sql"] }"""), ("a.sql", Scripts.CreateConnection), ("b.sql", Scripts.CreateSecret));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);

        await client.OpenAsync(workspace.FileUri("a.sql"), Scripts.CreateConnection);

        Assert.Equal(0, (await client.DiagnosticsAsync(workspace.FileUri("a.sql"), 1)).GetArrayLength());
    }

    [Fact]
    public async Task Documents_start_from_the_baseline_and_a_role_lacking_usage_gets_a_warning()
    {
        using var workspace = new TempWorkspace(("sqlconn.json", """{ "role": "app", "baseline": ["baseline/*.sql"] }"""), ("baseline/setup.sql", Setup), ("a.sql", Scripts.CreateConnection));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);

        await client.OpenAsync(workspace.FileUri("a.sql"), Scripts.CreateConnection);

        var warning = Assert.Single((await client.DiagnosticsAsync(workspace.FileUri("a.sql"), 1)).EnumerateArray());
        Assert.Equal("SC3001", warning.GetProperty("code").GetString());
        Assert.Equal(2, warning.GetProperty("severity").GetInt32());
        Assert.StartsWith("permission denied for SECRET \"materialize.public.pg_password\"", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_baseline_is_read_again_when_it_changes_on_disk()
    {
        using var workspace = new TempWorkspace(("sqlconn.json", """{ "role": "app", "baseline": ["baseline/*.sql"] }"""), ("baseline/setup.sql", Setup), ("a.sql", Scripts.CreateConnection));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);
        var uri = workspace.FileUri("a.sql");
        await client.OpenAsync(uri, Scripts.CreateConnection);
        Assert.Equal(1, (await client.DiagnosticsAsync(uri, 1)).GetArrayLength());

        workspace.Write("baseline/setup.sql", Setup + "GRANT USAGE ON SECRET pg_password TO app;\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = workspace.FileUri("baseline/setup.sql"), type = 2 } } });

        await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri && p.GetProperty("diagnostics").GetArrayLength() == 0);
    }
}

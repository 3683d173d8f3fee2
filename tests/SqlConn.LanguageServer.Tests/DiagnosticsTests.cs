using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

public sealed class DiagnosticsTests
{
    private const string Uri = "untitled:diagnostics";

    [Fact]
    public async Task Diagnostics_are_published_with_code_exact_range_and_version_and_cleared_by_a_fix()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.OpenAsync(Uri, Scripts.BadPort);

        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        Assert.Equal("SC2103", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("sqlconn", diagnostic.GetProperty("source").GetString());
        Assert.StartsWith("invalid PORT", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"start":{"line":0,"character":50},"end":{"line":0,"character":53}}""", diagnostic.GetProperty("range").GetRawText());

        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 0, character = 50 }, end = new { line = 0, character = 53 } }, text = "5432" } },
        });

        Assert.Equal(0, (await client.DiagnosticsAsync(Uri, 2)).GetArrayLength());
    }

    [Fact]
    public async Task Only_the_latest_version_is_published_when_edits_come_fast()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, string.Empty);

        for (var version = 2; version <= 40; version++)
        {
            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text = $"SELECT {version};\n" + Scripts.BadPort } } });
        }

        await client.DiagnosticsAsync(Uri, 40);
        var published = client.Notifications("textDocument/publishDiagnostics").Where(p => p.GetProperty("uri").GetString() == Uri).Select(p => p.GetProperty("version").GetInt32()).ToList();
        Assert.True(published.Count < 10, $"published for versions {string.Join(", ", published)}");
        Assert.Equal(published.Order(), published);
    }

    [Fact]
    public async Task A_diagnostic_about_an_object_points_to_where_it_was_created_in_another_file()
    {
        const string Tunnel = "CREATE CONNECTION bastion TO SSH TUNNEL (HOST 'bastion.example.com', USER 'mz', PORT 22);\n";
        const string Other = "CREATE CONNECTION other TO POSTGRES (HOST 'db', DATABASE 'shop', USER 'u');\n";
        const string UsesOther = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', DATABASE 'shop', USER 'u', SSH TUNNEL other);\n";
        using var workspace = new TempWorkspace(("a.sql", "\n" + Tunnel + Other), ("b.sql", Tunnel + UsesOther));
        await using var client = LspClient.Start();
        await client.InitializeAsync(rootUri: workspace.Uri);

        await client.OpenAsync(workspace.FileUri("b.sql"), Tunnel + UsesOther);

        var diagnostics = (await client.DiagnosticsAsync(workspace.FileUri("b.sql"), 1)).EnumerateArray().ToList();
        Assert.Equal(["SC2003", "SC2107"], diagnostics.Select(d => d.GetProperty("code").GetString()));
        var exists = Assert.Single(diagnostics[0].GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal("connection bastion is created here", exists.GetProperty("message").GetString());
        Assert.Equal(workspace.FileUri("a.sql"), exists.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("""{"start":{"line":1,"character":18},"end":{"line":1,"character":25}}""", exists.GetProperty("location").GetProperty("range").GetRawText());
        var wrongType = Assert.Single(diagnostics[1].GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal("connection other is created here", wrongType.GetProperty("message").GetString());
        Assert.Equal("""{"start":{"line":2,"character":18},"end":{"line":2,"character":23}}""", wrongType.GetProperty("location").GetProperty("range").GetRawText());
    }

    [Fact]
    public async Task A_diagnostic_names_no_related_place_for_objects_that_existed_before_the_workspace()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        await client.OpenAsync(Uri, "CREATE ROLE materialize;\n");

        Assert.False(Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray()).TryGetProperty("relatedInformation", out _));
    }

    [Fact]
    public async Task A_client_that_pulls_diagnostics_gets_them_by_request_and_none_pushed()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        await client.OpenAsync(Uri, Scripts.BadPort);

        var first = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } })).GetProperty("result");
        var second = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = first.GetProperty("resultId").GetString() })).GetProperty("result");

        Assert.Equal("full", first.GetProperty("kind").GetString());
        Assert.Equal("SC2103", Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("unchanged", second.GetProperty("kind").GetString());
        Assert.Equal(first.GetProperty("resultId").GetString(), second.GetProperty("resultId").GetString());
        Assert.Empty(client.Notifications("textDocument/publishDiagnostics"));
    }

    [Fact]
    public async Task A_pulling_client_is_asked_to_pull_again_when_diagnostics_change_without_its_own_edit()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(new { textDocument = new { diagnostic = new { } }, workspace = new { diagnostics = new { refreshSupport = true } } });
        await client.OpenAsync(Uri, Scripts.BadPort);
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { text = "SELECT 2;\n" + Scripts.BadPort } } });
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { sqlconn = new { dialect = "cockroachdb" } } });

        await client.ServerRequestAsync("workspace/diagnostic/refresh");
        Assert.Single(client.ServerRequests, r => r.GetProperty("method").GetString() == "workspace/diagnostic/refresh");
    }

    [Fact]
    public async Task Workspace_diagnostics_report_every_document_and_are_held_until_something_changes_then_cancellable()
    {
        using var workspace = new TempWorkspace(("a.sql", Scripts.BadPort), ("b.sql", "SELECT 1;\n"));
        await using var client = LspClient.Start();
        await client.InitializeAsync(new { textDocument = new { diagnostic = new { } } }, workspace.Uri);
        await client.NotificationAsync("window/logMessage", m => m.GetProperty("message").GetString()!.StartsWith("loaded 2 scripts", StringComparison.Ordinal));

        var report = (await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() })).GetProperty("result").GetProperty("items");
        var byUri = report.EnumerateArray().ToDictionary(r => r.GetProperty("uri").GetString() ?? string.Empty);
        Assert.Equal("SC2103", Assert.Single(byUri[workspace.FileUri("a.sql")].GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(0, byUri[workspace.FileUri("b.sql")].GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, byUri[workspace.FileUri("b.sql")].GetProperty("version").ValueKind);

        var known = byUri.Select(r => new { uri = r.Key, value = r.Value.GetProperty("resultId").GetString() }).ToArray();
        var (id, held) = client.Send("workspace/diagnostic", new { previousResultIds = known });
        await Task.Delay(500);
        Assert.False(held.IsCompleted);
        await client.NotifyAsync("$/cancelRequest", new { id });
        Assert.Equal(-32800, (await held).GetProperty("error").GetProperty("code").GetInt32());
    }
}

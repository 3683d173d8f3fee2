using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

/// <summary>Definition, references, document highlight and rename over the real server, across two workspace files.</summary>
public sealed class NavigationTests
{
    private const string Secrets = "a_secrets.sql";
    private const string Connections = "b_connections.sql";

    private static readonly int SecretName = Scripts.CreateSecret.IndexOf("pg_password", StringComparison.Ordinal);
    private static readonly int SecretReference = Scripts.CreateConnection.IndexOf("pg_password", StringComparison.Ordinal);

    [Fact]
    public async Task Definition_in_another_file_is_a_location_link_for_clients_with_link_support()
    {
        using var workspace = Workspace();
        await using var client = await StartAsync(workspace, new { textDocument = new { definition = new { linkSupport = true } } });

        var links = (await client.RequestAsync("textDocument/definition", At(workspace, Connections, SecretReference + 3))).GetProperty("result");

        var link = Assert.Single(links.EnumerateArray());
        Assert.Equal(workspace.FileUri(Secrets), link.GetProperty("targetUri").GetString());
        Assert.Equal(Range(0, SecretReference, 0, SecretReference + 11), link.GetProperty("originSelectionRange").GetRawText());
        Assert.Equal(Range(0, SecretName, 0, SecretName + 11), link.GetProperty("targetSelectionRange").GetRawText());
        Assert.Equal(Range(0, 0, 0, Scripts.CreateSecret.IndexOf(';', StringComparison.Ordinal)), link.GetProperty("targetRange").GetRawText());
    }

    [Fact]
    public async Task Definition_is_a_location_of_the_name_for_other_clients()
    {
        using var workspace = Workspace();
        await using var client = await StartAsync(workspace);

        var locations = (await client.RequestAsync("textDocument/definition", At(workspace, Connections, SecretReference))).GetProperty("result");

        Assert.Equal($$"""[{"uri":"{{workspace.FileUri(Secrets)}}","range":{{Range(0, SecretName, 0, SecretName + 11)}}}]""", locations.GetRawText());
    }

    [Fact]
    public async Task References_include_the_declaration_only_when_asked()
    {
        using var workspace = Workspace();
        await using var client = await StartAsync(workspace);

        var all = (await client.RequestAsync("textDocument/references", References(workspace, includeDeclaration: true))).GetProperty("result");
        var uses = (await client.RequestAsync("textDocument/references", References(workspace, includeDeclaration: false))).GetProperty("result");

        Assert.Equal([workspace.FileUri(Secrets), workspace.FileUri(Connections)], all.EnumerateArray().Select(l => l.GetProperty("uri").GetString()));
        Assert.Equal(Range(0, SecretName, 0, SecretName + 11), all[0].GetProperty("range").GetRawText());
        var use = Assert.Single(uses.EnumerateArray());
        Assert.Equal(workspace.FileUri(Connections), use.GetProperty("uri").GetString());
        Assert.Equal(Range(0, SecretReference, 0, SecretReference + 11), use.GetProperty("range").GetRawText());
    }

    [Fact]
    public async Task Highlights_write_where_the_object_is_created_or_renamed_and_read_where_it_is_used()
    {
        const string uri = "untitled:highlight";
        const string script = "CREATE SECRET s AS 'x';\nALTER SECRET s AS 'y';\nALTER SECRET s RENAME TO t;\nDROP SECRET t;\n";
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, script);

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", new { textDocument = new { uri }, position = new { line = 1, character = 13 } })).GetProperty("result");

        Assert.Equal(
            [(0, 14, 3), (1, 13, 2), (2, 13, 2), (2, 25, 3), (3, 12, 2)],
            highlights.EnumerateArray().Select(h => (
                h.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(),
                h.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32(),
                h.GetProperty("kind").GetInt32())));
    }

    [Fact]
    public async Task Rename_edits_every_file_that_names_the_object()
    {
        using var workspace = Workspace();
        await using var client = await StartAsync(workspace);

        var prepared = (await client.RequestAsync("textDocument/prepareRename", At(workspace, Connections, SecretReference))).GetProperty("result");
        var edit = (await client.RequestAsync("textDocument/rename", Rename(workspace, "db_password"))).GetProperty("result");

        Assert.Equal("pg_password", prepared.GetProperty("placeholder").GetString());
        Assert.Equal(Range(0, SecretReference, 0, SecretReference + 11), prepared.GetProperty("range").GetRawText());
        var changes = edit.GetProperty("changes");
        Assert.Equal(
            $$"""[{"range":{{Range(0, SecretName, 0, SecretName + 11)}},"newText":"db_password"}]""",
            changes.GetProperty(workspace.FileUri(Secrets)).GetRawText());
        Assert.Equal(
            $$"""[{"range":{{Range(0, SecretReference, 0, SecretReference + 11)}},"newText":"db_password"}]""",
            changes.GetProperty(workspace.FileUri(Connections)).GetRawText());
    }

    [Fact]
    public async Task A_refused_rename_answers_request_failed_with_the_reason()
    {
        using var workspace = Workspace();
        await using var client = await StartAsync(workspace);

        var colliding = (await client.RequestAsync("textDocument/rename", Rename(workspace, "pg"))).GetProperty("error");
        var invalid = (await client.RequestAsync("textDocument/rename", Rename(workspace, "two words"))).GetProperty("error");

        Assert.Equal(-32803, colliding.GetProperty("code").GetInt32());
        Assert.Equal("cannot rename secret \"pg_password\" to \"pg\": connection \"materialize.public.pg\" already exists", colliding.GetProperty("message").GetString());
        Assert.Equal(-32803, invalid.GetProperty("code").GetInt32());
        Assert.StartsWith("\"two words\" is not a valid name", invalid.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_rename_of_an_object_the_workspace_does_not_create_is_refused()
    {
        const string uri = "untitled:grant";
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, "GRANT CREATE ON CLUSTER quickstart TO materialize;\n");

        var error = (await client.RequestAsync("textDocument/prepareRename", new { textDocument = new { uri }, position = new { line = 0, character = 26 } })).GetProperty("error");

        Assert.Equal(-32803, error.GetProperty("code").GetInt32());
        Assert.Equal("cannot rename cluster \"quickstart\": it is not created in the workspace", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Navigation_in_an_unknown_document_is_invalid_params()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var response = await client.RequestAsync("textDocument/definition", new { textDocument = new { uri = "untitled:nothing" }, position = new { line = 0, character = 0 } });

        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    private static TempWorkspace Workspace() => new((Secrets, Scripts.CreateSecret), (Connections, Scripts.CreateConnection));

    private static async Task<LspClient> StartAsync(TempWorkspace workspace, object? capabilities = null)
    {
        var client = LspClient.Start();
        await client.InitializeAsync(capabilities, rootUri: workspace.Uri);
        await client.OpenAsync(workspace.FileUri(Connections), Scripts.CreateConnection);
        return client;
    }

    private static object At(TempWorkspace workspace, string file, int character) =>
        new { textDocument = new { uri = workspace.FileUri(file) }, position = new { line = 0, character } };

    private static object References(TempWorkspace workspace, bool includeDeclaration) =>
        new { textDocument = new { uri = workspace.FileUri(Connections) }, position = new { line = 0, character = SecretReference }, context = new { includeDeclaration } };

    private static object Rename(TempWorkspace workspace, string newName) =>
        new { textDocument = new { uri = workspace.FileUri(Connections) }, position = new { line = 0, character = SecretReference }, newName };

    internal static string Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        JsonSerializer.Serialize(new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } });
}

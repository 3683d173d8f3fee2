using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

public sealed class SignatureHelpTests
{
    private const string Uri = "untitled:signature";

    private const string Postgres = "POSTGRES (AWS PRIVATELINK, DATABASE, HOST, PASSWORD, PORT, SSH TUNNEL, SSL CERTIFICATE, SSL CERTIFICATE AUTHORITY, SSL KEY, SSL MODE, USER)";

    [Theory]
    [InlineData(true, "[53,57]")]
    [InlineData(false, "\"PORT\"")]
    public async Task Inside_an_option_list_the_options_of_the_type_are_the_parameters(bool labelOffsets, string portLabel)
    {
        var cursor = Cursor.In("CREATE CONNECTION pg TO POSTGRES (HOST 'db', PO$0RT 5432);");
        var capabilities = new { textDocument = new { signatureHelp = new { signatureInformation = new { parameterInformation = new { labelOffsetSupport = labelOffsets } } } } };
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text, capabilities);

        var help = await client.DocumentRequestAsync("textDocument/signatureHelp", Uri, new { position = cursor.Position });

        var signature = Assert.Single(help.GetProperty("signatures").EnumerateArray());
        Assert.Equal(Postgres, signature.GetProperty("label").GetString());
        Assert.Equal(0, help.GetProperty("activeSignature").GetInt32());
        Assert.Equal(4, help.GetProperty("activeParameter").GetInt32());
        var port = signature.GetProperty("parameters")[4];
        Assert.Equal(portLabel, port.GetProperty("label").GetRawText());
        Assert.StartsWith("**PORT** · POSTGRES option", port.GetProperty("documentation").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(11, signature.GetProperty("parameters").GetArrayLength());
    }

    [Fact]
    public async Task A_slot_that_names_no_option_yet_has_no_active_parameter_and_outside_a_list_there_is_no_help()
    {
        var cursor = Cursor.In("CREATE CONNECTION pg TO POSTGRES (HOST 'db', $0");
        await using var client = await LspClient.StartWithDocumentAsync(Uri, cursor.Text);

        var help = await client.DocumentRequestAsync("textDocument/signatureHelp", Uri, new { position = cursor.Position });
        var outside = await client.DocumentRequestAsync("textDocument/signatureHelp", Uri, new { position = new { line = 0, character = 3 } });

        Assert.Equal(JsonValueKind.Null, help.GetProperty("activeParameter").ValueKind);
        Assert.Equal(JsonValueKind.Null, outside.ValueKind);
    }
}

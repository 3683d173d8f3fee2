namespace SqlConn.LanguageServer.Tests;

/// <summary>Secret values never come back from the server: not in diagnostics, previews, lenses, logs or traces.</summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task Nothing_the_server_sends_contains_a_secret_value()
    {
        const string uri = "untitled:secrets";
        await using var client = LspClient.Start();
        await client.InitializeAsync(trace: "verbose");
        var text = Scripts.CreateSecret
            + $"CREATE SECRET pg_password AS '{Scripts.SecretValue}';\n"
            + $"ALTER SECRET pg_password AS '{Scripts.SecretValue}' || 1;\n"
            + $"CREATE CONNECTION k TO KAFKA (BROKER 'b:9092', SASL PASSWORD '{Scripts.SecretValue}');\n"
            + $"CREATE SECRET broken AS decode('{Scripts.SecretValue}', 'hex');\n";

        await client.OpenAsync(uri, text);
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        await client.RequestAsync("sqlconn/preview", new { textDocument = new { uri } });
        await client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } });
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });

        Assert.True(diagnostics.GetArrayLength() >= 3);
        Assert.DoesNotContain(Scripts.SecretValue[..8], client.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Scripts.SecretValue[..8], client.StandardError, StringComparison.Ordinal);
    }
}

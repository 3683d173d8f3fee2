using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

public sealed class CodeActionTests
{
    private const string Uri = "untitled:fixes";

    [Fact]
    public async Task The_preferred_quick_fix_applied_makes_its_diagnostic_go_away()
    {
        const string Text = "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', PORT 9092);\n";
        await using var client = await LspClient.StartWithDocumentAsync(Uri, Text);
        var diagnostic = (await client.DiagnosticsAsync(Uri, 1)).EnumerateArray().Single(d => d.GetProperty("code").GetString() == "SC2101");

        var actions = await client.DocumentRequestAsync("textDocument/codeAction", Uri, new { range = diagnostic.GetProperty("range"), context = new { diagnostics = new[] { diagnostic } } });

        var action = Assert.Single(actions.EnumerateArray());
        Assert.Equal("Remove PORT (KAFKA connections do not take it)", action.GetProperty("title").GetString());
        Assert.Equal("quickfix", action.GetProperty("kind").GetString());
        Assert.True(action.GetProperty("isPreferred").GetBoolean());
        Assert.Equal(diagnostic.GetRawText(), Assert.Single(action.GetProperty("diagnostics").EnumerateArray()).GetRawText());
        var fixedText = TextEdits.Apply(Text, action.GetProperty("edit").GetProperty("changes").GetProperty(Uri));
        Assert.Equal("CREATE CONNECTION k TO KAFKA (BROKER 'k:9092');\n", fixedText);

        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { text = fixedText } } });

        var after = await client.DiagnosticsAsync(Uri, 2);
        Assert.DoesNotContain(after.EnumerateArray(), d => d.GetProperty("code").GetString() == "SC2101");
    }

    [Fact]
    public async Task No_fix_without_a_diagnostic_in_the_context_or_when_other_kinds_are_asked_for()
    {
        const string Text = "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', PORT 9092);\n";
        await using var client = await LspClient.StartWithDocumentAsync(Uri, Text);
        var diagnostic = (await client.DiagnosticsAsync(Uri, 1)).EnumerateArray().Single(d => d.GetProperty("code").GetString() == "SC2101");
        var range = diagnostic.GetProperty("range");

        var none = await client.DocumentRequestAsync("textDocument/codeAction", Uri, new { range, context = new { diagnostics = Array.Empty<object>() } });
        var refactorings = await client.DocumentRequestAsync("textDocument/codeAction", Uri, new { range, context = new { diagnostics = new[] { diagnostic }, only = new[] { "refactor" } } });

        Assert.Equal(JsonValueKind.Array, none.ValueKind);
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(0, refactorings.GetArrayLength());
    }
}

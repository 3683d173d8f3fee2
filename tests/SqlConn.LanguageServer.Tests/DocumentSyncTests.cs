using System.Text;

namespace SqlConn.LanguageServer.Tests;

public sealed class DocumentSyncTests
{
    private const string Uri = "untitled:edits";

    /// <summary>Characters the edits insert, lines and BMP letters included (LSP counts UTF-16 units, as the server does).</summary>
    private const string Alphabet = "abcXYZ ;'()\n\n\r\n\té∑01";

    [Fact]
    public async Task A_thousand_rapid_random_incremental_edits_leave_the_expected_text()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var random = new Random(2024);
        var expected = Scripts.CreateSecret + Scripts.CreateConnection + "SELECT 1;\n";
        await client.OpenAsync(Uri, expected);

        for (var version = 2; version <= 1001; version++)
        {
            var changes = new List<object>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var (start, end) = (random.Next(expected.Length + 1), random.Next(expected.Length + 1));
                (start, end) = (Snap(expected, Math.Min(start, end)), Snap(expected, Math.Min(Math.Max(start, end), Math.Min(start, end) + 8)));
                var text = random.Next(3) == 0 ? string.Empty : new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
                changes.Add(new { range = new { start = Position(expected, start), end = Position(expected, end) }, text });
                expected = expected[..start] + text + expected[end..];
            }

            _ = client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = changes });
        }

        var result = (await client.DocumentTextAsync(Uri)).GetProperty("result");
        Assert.Equal(1001, result.GetProperty("version").GetInt32());
        Assert.Equal(expected, result.GetProperty("text").GetString());
        await client.DiagnosticsAsync(Uri, 1001);
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"), p => p.GetProperty("uri").GetString() == Uri && p.GetProperty("version").GetInt32() > 1001);
    }

    [Fact]
    public async Task A_full_text_change_replaces_the_document()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, "SELECT 1;");

        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { text = "SELECT 2;" } } });

        Assert.Equal("SELECT 2;", (await client.DocumentTextAsync(Uri)).GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_closed_document_is_no_longer_open()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Scripts.BadPort);
        await client.DiagnosticsAsync(Uri, 1);

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });

        Assert.Equal(-32602, (await client.DocumentTextAsync(Uri)).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(0, (await client.NotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Uri && p.GetProperty("diagnostics").GetArrayLength() == 0))
            .GetProperty("diagnostics").GetArrayLength());
    }

    /// <summary>An offset moved out of a \r\n pair, where no LSP position points.</summary>
    private static int Snap(string text, int offset) => offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n' ? offset - 1 : offset;

    /// <summary>The LSP position of an offset: lines end at \n, \r\n or \r; characters are UTF-16 units.</summary>
    private static object Position(string text, int offset)
    {
        var (line, lineStart) = (0, 0);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return new { line, character = offset - lineStart };
    }
}

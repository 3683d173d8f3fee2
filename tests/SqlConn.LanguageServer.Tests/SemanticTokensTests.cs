using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

public sealed class SemanticTokensTests
{
    private const string Uri = "untitled:tokens";

    // The secret's value holds 😀, two UTF-16 code units: the string is 4 long and the comment starts at 35.
    private const string Text =
        "CREATE SECRET pg_password AS '😀'; -- the password\n"
        + "CREATE CONNECTION pg TO POSTGRES (HOST 'db', PORT 5432, SSL MODE 'require', PASSWORD SECRET materialize.public.pg_password);\n"
        + "/* one\n two */\n";

    private static readonly (int Line, int Character, int Length, string Type, int Modifiers)[] Expected =
    [
        (0, 0, 6, "keyword", 0),
        (0, 7, 6, "keyword", 0),
        (0, 14, 11, "variable", 1),
        (0, 26, 2, "keyword", 0),
        (0, 29, 4, "string", 0),
        (0, 35, 15, "comment", 0),
        (1, 0, 6, "keyword", 0),
        (1, 7, 10, "keyword", 0),
        (1, 18, 2, "class", 0),   // not a declaration: the connection is not created (USER and DATABASE are missing)
        (1, 21, 2, "keyword", 0),
        (1, 24, 8, "keyword", 0),
        (1, 34, 4, "property", 0),
        (1, 39, 4, "string", 0),
        (1, 45, 4, "property", 0),
        (1, 50, 4, "number", 0),
        (1, 56, 3, "property", 0),
        (1, 60, 4, "property", 0),
        (1, 65, 9, "string", 0),
        (1, 76, 8, "property", 0),
        (1, 85, 6, "keyword", 0),
        (1, 111, 11, "variable", 0),
        (2, 0, 6, "comment", 0),
        (3, 0, 7, "comment", 0),
    ];

    [Fact]
    public async Task Full_tokens_decode_to_the_highlighted_tokens_in_utf16_one_per_line()
    {
        await using var client = LspClient.Start();
        var legend = (await client.InitializeAsync()).GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend");
        await client.OpenAsync(Uri, Text);

        var tokens = await client.DocumentRequestAsync("textDocument/semanticTokens/full", Uri);

        Assert.Equal(Expected, Decode(tokens, legend));
    }

    [Fact]
    public async Task Range_tokens_are_those_of_the_statements_the_range_touches()
    {
        await using var client = LspClient.Start();
        var legend = (await client.InitializeAsync()).GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend");
        await client.OpenAsync(Uri, Text);

        var tokens = await client.DocumentRequestAsync("textDocument/semanticTokens/range", Uri, new { range = new { start = new { line = 1, character = 40 }, end = new { line = 1, character = 50 } } });

        // The second statement's chunk starts after the first statement's semicolon, with the comment.
        Assert.Equal(Expected[5..21], Decode(tokens, legend));
    }

    /// <summary>The tokens of LSP's relative encoding, with their types' names from the legend.</summary>
    private static List<(int Line, int Character, int Length, string Type, int Modifiers)> Decode(JsonElement tokens, JsonElement legend)
    {
        var data = tokens.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var types = legend.GetProperty("tokenTypes").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray();
        var decoded = new List<(int, int, int, string, int)>();
        var (line, character) = (0, 0);
        for (var i = 0; i < data.Length; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            decoded.Add((line, character, data[i + 2], types[data[i + 3]], data[i + 4]));
        }

        return decoded;
    }
}

namespace SqlConn.LanguageServer.Tests.Support;

/// <summary>A text with the cursor marked <c>$0</c>: the text without the mark, and the mark's LSP position (line, UTF-16 character).</summary>
internal sealed record Cursor(string Text, int Line, int Character)
{
    public const string Mark = "$0";

    public object Position => new { line = Line, character = Character };

    public static Cursor In(string marked)
    {
        var at = marked.IndexOf(Mark, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {Mark} in the test text");
        var before = marked[..at];
        var line = before.Count(c => c == '\n');
        return new Cursor(marked.Remove(at, Mark.Length), line, before.Length - (before.LastIndexOf('\n') + 1));
    }
}

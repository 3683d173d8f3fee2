namespace SqlConn.Syntax.Formatting;

/// <summary>A comment kept by the formatter: its text as written (a line comment without trailing blanks).</summary>
internal readonly record struct CommentText(string Text)
{
    /// <summary>A <c>--</c> comment, which ends its line: whatever follows it must go to the next line.</summary>
    public bool EndsLine => Text.StartsWith("--", StringComparison.Ordinal);

    public static CommentText From(string text) =>
        new(text.StartsWith("--", StringComparison.Ordinal) ? text.TrimEnd() : text);
}

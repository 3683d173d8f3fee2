using System.Text;

namespace SqlConn.Syntax.Formatting;

/// <summary>
/// Formats the text between two statements: the semicolon that ends the first, comments and stray
/// semicolons. The semicolon follows its statement directly, and the comments written between a
/// statement and its semicolon move after it. A comment that shared a line with what preceded it stays
/// on that line; every other one gets a line of its own at column 0, with at most one blank line kept
/// before it. Each statement starts on a new line, after a blank line where there was one; the
/// document ends with one line break. A gap holding anything else (an unterminated comment) is kept
/// as written.
/// </summary>
internal static class GapFormatter
{
    private readonly record struct Item(string Text, bool IsSemicolon, int NewlinesBefore);

    /// <param name="gap">The text of the gap.</param>
    /// <param name="afterStatement">Whether a statement precedes the gap (else it starts the document).</param>
    /// <param name="beforeStatement">Whether a statement follows the gap (else it ends the document).</param>
    /// <param name="documentIsBlank">Whether the document has nothing but whitespace.</param>
    public static string Format(string gap, bool afterStatement, bool beforeStatement, bool documentIsBlank)
    {
        if (Items(gap, out var trailingNewlines) is not { } items)
        {
            return gap;
        }

        var output = new StringBuilder();
        var lineHasContent = afterStatement;
        var lineEnded = false;
        var terminator = afterStatement ? items.FindIndex(i => i.IsSemicolon) : -1;
        if (terminator >= 0)
        {
            output.Append(';');
        }

        foreach (var item in items.Where((_, index) => index != terminator))
        {
            if (item.NewlinesBefore > 0 || lineEnded || !lineHasContent)
            {
                NewLine(output, item.NewlinesBefore, atDocumentStart: !afterStatement && output.Length == 0);
            }
            else if (!item.IsSemicolon)
            {
                output.Append(' ');
            }

            output.Append(item.Text);
            lineHasContent = true;
            lineEnded = !item.IsSemicolon && CommentText.From(item.Text).EndsLine;
        }

        if (beforeStatement)
        {
            NewLine(output, trailingNewlines, atDocumentStart: !afterStatement && output.Length == 0);
        }
        else if (!documentIsBlank)
        {
            output.Append('\n');
        }

        return output.ToString();
    }

    /// <summary>A line break, and a blank line when the text had one; nothing at the start of the document.</summary>
    private static void NewLine(StringBuilder output, int newlines, bool atDocumentStart)
    {
        if (!atDocumentStart)
        {
            output.Append(newlines >= 2 ? "\n\n" : "\n");
        }
    }

    private static List<Item>? Items(string gap, out int trailingNewlines)
    {
        trailingNewlines = 0;
        var items = new List<Item>();
        var previousEnd = 0;
        foreach (var token in SqlParser.Tokenize(gap))
        {
            var isSemicolon = token.Kind == SyntaxTokenKind.Punctuation && gap[token.Span.Start] == ';';
            if (token.Kind != SyntaxTokenKind.Comment && !isSemicolon)
            {
                return null;
            }

            var text = gap[token.Span.Start..token.Span.End];
            items.Add(new Item(isSemicolon ? ";" : CommentText.From(text).Text, isSemicolon, Newlines(gap, previousEnd, token.Span.Start)));
            previousEnd = token.Span.End;
        }

        trailingNewlines = Newlines(gap, previousEnd, gap.Length);
        return items;
    }

    private static int Newlines(string text, int start, int end) => text.AsSpan(start, end - start).Count('\n');
}

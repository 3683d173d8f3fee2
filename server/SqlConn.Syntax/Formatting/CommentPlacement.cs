using System.Collections.Immutable;
using System.Text;

namespace SqlConn.Syntax.Formatting;

/// <summary>
/// Puts the comments written inside a statement into its printed form. A comment that follows a token
/// on the same line trails that token (<c>BROKER 'k:9092', -- the bootstrap server</c>) and stays
/// after it, the rest of the line moving to the next line when the comment is a line comment; any other
/// comment leads the token after it and goes on its own line before it, with that token's indentation
/// (one level deeper when the token does not start a line). Both placements read back as the same
/// anchors, so formatting the output again changes nothing.
/// </summary>
internal static class CommentPlacement
{
    /// <param name="text">The statement's text.</param>
    /// <param name="tokens">Its tokens from the first significant one to the last, comments included.</param>
    /// <param name="printed">The printed statement.</param>
    /// <param name="printedTokens">The tokens of <paramref name="printed"/> (no comments).</param>
    /// <param name="indent">One level of indentation.</param>
    public static string Place(string text, ImmutableArray<SyntaxToken> tokens, string printed, ImmutableArray<SyntaxToken> printedTokens, string indent)
    {
        var significant = tokens.Where(t => t.Kind != SyntaxTokenKind.Comment).ToImmutableArray();
        var alignment = TokenAlignment.Align(
            [.. significant.Select(t => TokenAlignment.Key(t, Text(text, t)))],
            [.. printedTokens.Select(t => TokenAlignment.Key(t, Text(printed, t)))]);
        var leading = new Dictionary<int, List<CommentText>>();
        var trailing = new Dictionary<int, List<CommentText>>();
        var previous = -1;
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != SyntaxTokenKind.Comment)
            {
                previous++;
                previousEnd = token.Span.End;
                continue;
            }

            var comment = CommentText.From(Text(text, token));
            if (!text.AsSpan(previousEnd, token.Span.Start - previousEnd).Contains('\n'))
            {
                var (printedIndex, matched) = alignment[previous];
                Add(trailing, Clamp(matched ? printedIndex : printedIndex - 1, printedTokens), comment);
            }
            else
            {
                Add(leading, Clamp(alignment[previous + 1].Printed, printedTokens), comment);
            }
        }

        return Compose(printed, printedTokens, leading, trailing, indent);
    }

    private static string Compose(
        string printed, ImmutableArray<SyntaxToken> tokens, Dictionary<int, List<CommentText>> leading, Dictionary<int, List<CommentText>> trailing, string indent)
    {
        var output = new StringBuilder();
        var position = 0;
        var lineEnded = false;
        for (var j = 0; j < tokens.Length; j++)
        {
            var space = printed[position..tokens[j].Span.Start];
            var startsLine = space.Contains('\n');
            if (leading.TryGetValue(j, out var comments))
            {
                var tokenIndent = startsLine ? space[(space.LastIndexOf('\n') + 1)..] : LineIndent(output) + indent;
                EndLine(output);
                foreach (var comment in comments)
                {
                    output.Append(tokenIndent).Append(comment.Text).Append('\n');
                }

                output.Append(tokenIndent);
            }
            else if (lineEnded && !startsLine)
            {
                var continuation = LineIndent(output) + indent;
                EndLine(output);
                output.Append(continuation);
            }
            else
            {
                output.Append(space);
            }

            output.Append(printed, tokens[j].Span.Start, tokens[j].Span.Length);
            position = tokens[j].Span.End;
            lineEnded = false;
            foreach (var comment in trailing.GetValueOrDefault(j) ?? [])
            {
                output.Append(' ').Append(comment.Text);
                lineEnded = comment.EndsLine;
            }
        }

        return output.Append(printed, position, printed.Length - position).ToString();
    }

    /// <summary>A printed token index, kept inside the statement (a comment is never lost).</summary>
    private static int Clamp(int index, ImmutableArray<SyntaxToken> printedTokens) => Math.Clamp(index, 0, printedTokens.Length - 1);

    private static void Add(Dictionary<int, List<CommentText>> anchors, int index, CommentText comment)
    {
        if (!anchors.TryGetValue(index, out var list))
        {
            anchors[index] = list = [];
        }

        list.Add(comment);
    }

    /// <summary>Ends the current line, without the blanks at its end.</summary>
    private static void EndLine(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }

        output.Append('\n');
    }

    /// <summary>The blanks at the start of the output's last line.</summary>
    private static string LineIndent(StringBuilder output)
    {
        var text = output.ToString();
        var start = text.LastIndexOf('\n') + 1;
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }

    private static string Text(string text, SyntaxToken token) => text[token.Span.Start..token.Span.End];
}

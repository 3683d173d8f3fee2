using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Formatting;

/// <summary>
/// Formats scripts on top of the canonical printer: each statement as <see cref="StatementFormatter"/>
/// lays it out, the text between statements as <see cref="GapFormatter"/> does. Comments are kept, at
/// their place relative to the tokens around them. The output parses to the same statements, and
/// formatting it again changes nothing. A document whose every line ends with CRLF keeps CRLF; any
/// other gets LF (converting there could change a string literal holding a bare LF).
/// </summary>
public static class SqlFormatter
{
    /// <summary>
    /// The edits that format <paramref name="script"/>: one per statement or gap between statements
    /// whose text changes. With a <paramref name="range"/>, only the pieces it touches are formatted
    /// (every piece that intersects or touches it).
    /// </summary>
    public static ImmutableArray<TextChange> Format(ParsedScript script, FormattingOptions? options = null, TextSpan? range = null)
    {
        var text = script.Text.ToString();
        var crlf = EndsEveryLineWithCrlf(text);
        return [.. Pieces(script, text, options ?? FormattingOptions.Default)
            .Where(p => range is not { } r || p.Span.IntersectsWith(r))
            .Select(p => crlf ? p with { Text = p.Text.ReplaceLineEndings("\r\n") } : p)
            .Where(p => text.AsSpan(p.Span.Start, p.Span.Length).SequenceEqual(p.Text) is false)
            .Select(p => new TextChange(p.Span, p.Text))];
    }

    private static bool EndsEveryLineWithCrlf(string text)
    {
        var lineFeeds = text.AsSpan().Count('\n');
        return lineFeeds > 0 && lineFeeds == text.AsSpan().Count("\r\n") && text.AsSpan().Count('\r') == lineFeeds;
    }

    /// <summary>The whole of <paramref name="text"/>, formatted.</summary>
    public static string Format(string text, SqlDialect defaultDialect = SqlDialect.Materialize, FormattingOptions? options = null)
    {
        var source = SourceText.From(text);
        return source.WithChanges(Format(SqlParser.ParseScript(source, defaultDialect), options)).ToString();
    }

    private static IEnumerable<FormattedPiece> Pieces(ParsedScript script, string text, FormattingOptions options)
    {
        var position = 0;
        var afterStatement = false;
        var blank = true;
        foreach (var statement in script.Statements)
        {
            var tokens = statement.Syntax.Tokens;
            var significant = Enumerable.Range(0, tokens.Length).Where(i => tokens[i].Kind != SyntaxTokenKind.Comment).ToList();
            if (significant.Count == 0)
            {
                continue;
            }

            var (first, last) = (significant[0], significant[^1]);
            var span = TextSpan.FromBounds(statement.Offset + tokens[first].Span.Start, statement.Offset + tokens[last].Span.End);
            yield return Gap(text, TextSpan.FromBounds(position, span.Start), afterStatement, beforeStatement: true, documentIsBlank: false);
            yield return new FormattedPiece(span, StatementFormatter.Format(statement.Syntax, first, last, options));
            position = span.End;
            afterStatement = true;
            blank = false;
        }

        yield return Gap(text, TextSpan.FromBounds(position, text.Length), afterStatement, beforeStatement: false,
            documentIsBlank: blank && string.IsNullOrWhiteSpace(text));
    }

    private static FormattedPiece Gap(string text, TextSpan span, bool afterStatement, bool beforeStatement, bool documentIsBlank) =>
        new(span, GapFormatter.Format(text.Substring(span.Start, span.Length), afterStatement, beforeStatement, documentIsBlank));
}

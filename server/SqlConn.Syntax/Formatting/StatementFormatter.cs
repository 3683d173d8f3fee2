using System.Collections.Immutable;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Formatting;

/// <summary>
/// Formats one statement, from its first token to its last, with the canonical printer: on one line
/// when it fits and holds no comment, else with its main list one item per line. The comments written
/// inside it are put back next to the tokens they were written next to (<see cref="CommentPlacement"/>).
/// A statement the printer cannot reproduce faithfully is kept as written: one with syntax errors, one
/// SqlConn does not analyse (kept verbatim by the tree), and one whose verbatim part holds a comment.
/// </summary>
internal static class StatementFormatter
{
    /// <param name="statement">The statement.</param>
    /// <param name="first">The index in its tokens of its first significant token.</param>
    /// <param name="last">The index in its tokens of its last significant token.</param>
    /// <param name="options">The layout.</param>
    public static string Format(StatementSyntax statement, int first, int last, FormattingOptions options)
    {
        var written = statement.Text[statement.Tokens[first].Span.Start..statement.Tokens[last].Span.End];
        if (statement.HasErrors || statement.Node is InvalidStatement or UnanalyzedStatement)
        {
            return written;
        }

        var tokens = statement.Tokens[first..(last + 1)];
        var hasComments = tokens.Any(t => t.Kind == SyntaxTokenKind.Comment);
        var printed = SqlPrinter.Print(statement.Node);
        if (hasComments || printed.Length > options.MaxLineLength)
        {
            printed = SqlPrinter.Print(statement.Node, new PrintOptions(ListIndent: options.Indent));
        }

        var printedTokens = SqlParser.Tokenize(printed);
        if (printedTokens.Any(t => t.Kind == SyntaxTokenKind.Comment))
        {
            return written;
        }

        return hasComments ? CommentPlacement.Place(statement.Text, tokens, printed, printedTokens, options.Indent) : printed;
    }
}

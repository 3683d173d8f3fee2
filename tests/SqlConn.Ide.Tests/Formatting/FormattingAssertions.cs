using SqlConn.Syntax;
using SqlConn.Syntax.Formatting;
using SqlConn.Syntax.Printing;

namespace SqlConn.Ide.Tests.Formatting;

/// <summary>
/// What formatting guarantees for any script: formatting the output again changes nothing, the output
/// parses to the same statements (spans aside, compared through the canonical printer), and every
/// comment is still there.
/// </summary>
internal static class FormattingAssertions
{
    public static void FixedPointWithSameStatements(string input, string formatted, SqlDialect dialect = SqlDialect.Materialize)
    {
        Assert.Equal(formatted, SqlFormatter.Format(formatted, dialect));
        SameStatementsAndComments(input, formatted, dialect);
    }

    /// <summary>What range formatting guarantees (its output is only partly formatted).</summary>
    public static void SameStatementsAndComments(string input, string formatted, SqlDialect dialect = SqlDialect.Materialize)
    {
        Assert.Equal(Statements(input, dialect), Statements(formatted, dialect));
        Assert.Equal(Comments(input), Comments(formatted));
    }

    /// <summary>Each statement printed, or as written from its first token to its last when it has errors.</summary>
    private static List<string> Statements(string text, SqlDialect dialect) =>
        [.. SqlParser.ParseScript(text, dialect).Statements.Select(s => s.HasErrors ? Written(s.Syntax) : SqlPrinter.Print(s.Node))];

    private static string Written(StatementSyntax statement)
    {
        var tokens = statement.Tokens.Where(t => t.Kind != SyntaxTokenKind.Comment).ToList();
        return tokens.Count == 0 ? string.Empty : statement.Text[tokens[0].Span.Start..tokens[^1].Span.End];
    }

    private static List<string> Comments(string text) =>
        [.. SqlParser.Tokenize(text).Where(t => t.Kind == SyntaxTokenKind.Comment).Select(t => text[t.Span.Start..t.Span.End].TrimEnd()).Order(StringComparer.Ordinal)];
}

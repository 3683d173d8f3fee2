using Antlr4.Runtime;
using SqlConn.Syntax.Lexing;
using SqlConn.Syntax.Parsing;
using SqlConn.Syntax.Parsing.Direct;
using SqlConn.Syntax.Splitting;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Tests.Support;

/// <summary>
/// The two ways a statement is parsed, side by side: the ANTLR path alone (the reference) and the
/// direct parser under the conditions <see cref="StatementParser"/> gives it (no lexical error, within
/// the nesting guard). Not thread-safe: one per test.
/// </summary>
internal sealed class ParserPaths
{
    private readonly StatementParser antlr = StatementParser.AntlrOnly();

    private readonly StatementParser pipeline = new();

    private readonly DirectParser direct = new();

    public static readonly SqlDialect[] Dialects = [SqlDialect.Materialize, SqlDialect.CockroachDb];

    /// <summary>The text of each statement of <paramref name="script"/>.</summary>
    public static IEnumerable<string> Statements(string script) =>
        StatementSplitter.Split(script).Where(c => !c.IsBlank).Select(c => script.Substring(c.Span.Start, c.Span.Length));

    public StatementSyntax Antlr(string chunk, SqlDialect dialect) => antlr.Parse(chunk, dialect);

    /// <summary>The direct parser's statement for <paramref name="chunk"/> as the pipeline would run it, or null.</summary>
    public Statement? Direct(string chunk)
    {
        var stream = new CommonTokenStream(new SqlTokenSource(chunk));
        stream.Fill();
        var tokens = stream.GetTokens();
        return tokens.Any(t => TokenFacts.IsLexicalError(t.Type)) || NestingGuard.FindTooDeep(tokens) is not null
            ? null
            : direct.TryParse(chunk, tokens);
    }

    /// <summary>
    /// How the paths disagree on <paramref name="chunk"/>, or null when they agree: a statement the
    /// direct parser accepts must be the ANTLR path's, spans included, and one ANTLR reports nothing
    /// on; and the parser as wired (<see cref="StatementParser"/>) must give exactly the ANTLR
    /// path's syntax, diagnostics included. <paramref name="accepted"/> is the direct parser's statement.
    /// </summary>
    public string? Disagreement(string chunk, SqlDialect dialect, out Statement? accepted)
    {
        accepted = Direct(chunk);
        var reference = Antlr(chunk, dialect);
        if (accepted is not null)
        {
            if (!reference.Diagnostics.IsEmpty)
            {
                return $"accepted a statement the ANTLR path reports ({reference.Diagnostics[0].Code}: {reference.Diagnostics[0].Message})";
            }

            if (StructuralComparer.FindDifference(reference.Node, accepted, "statement", spans: true) is { } difference)
            {
                return $"different tree: {difference}";
            }
        }

        var wired = pipeline.Parse(chunk, dialect);
        return StructuralComparer.FindDifference(reference, wired, "syntax", spans: true) is { } wiredDifference
            ? $"the wired parser differs from the ANTLR path: {wiredDifference}"
            : null;
    }
}

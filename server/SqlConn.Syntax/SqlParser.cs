using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Parsing;
using SqlConn.Syntax.Splitting;

namespace SqlConn.Syntax;

/// <summary>
/// Entry point of the syntax layer. Parsing never fails: any input yields a script and diagnostics.
/// </summary>
public static class SqlParser
{
    /// <summary>
    /// Parses a script. The dialect comes from a <c>-- sqlconn: dialect=...</c> comment on the first
    /// line when there is one, else from <paramref name="defaultDialect"/>. <paramref name="reuse"/>
    /// may supply the syntax of chunks parsed before (it is called with the chunk text and dialect and
    /// returns null when it has none); the language server uses it to reparse only edited statements.
    /// Statements are parsed in parallel when there are many, so <paramref name="reuse"/> must be
    /// thread-safe; the result does not depend on it.
    /// </summary>
    public static ParsedScript ParseScript(
        SourceText text,
        SqlDialect defaultDialect = SqlDialect.Materialize,
        Func<string, SqlDialect, StatementSyntax?>? reuse = null)
    {
        var content = text.ToString();
        var dialect = ScriptDirective.DialectOnFirstLine(content) ?? defaultDialect;
        var chunks = StatementSplitter.Split(content);
        var syntaxes = ParseChunks(content, chunks, dialect, reuse);
        var statements = ImmutableArray.CreateBuilder<ParsedStatement>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var directives = new List<ScriptDirective>();
        for (var i = 0; i < chunks.Length; i++)
        {
            var chunk = chunks[i];
            if (syntaxes[i] is { } syntax)
            {
                var statement = new ParsedStatement(statements.Count, chunk.Span.Start, syntax, chunk.SemicolonPosition);
                statements.Add(statement);
                directives.AddRange(statement.Directives);
                continue;
            }

            if (chunk.SemicolonPosition is { } semicolon)
            {
                diagnostics.Add(new Diagnostic(SyntaxDiagnostics.EmptyStatement, new TextSpan(semicolon, 1), "empty statement",
                    Hint: "remove the extra semicolon"));
            }

            var trivia = StatementParser.LexTrivia(content.Substring(chunk.Span.Start, chunk.Span.Length));
            diagnostics.AddRange(trivia.Diagnostics.Select(d => d.Shift(chunk.Span.Start)));
            directives.AddRange(trivia.Directives.Select(d => d with { Span = new TextSpan(d.Span.Start + chunk.Span.Start, d.Span.Length) }));
        }

        diagnostics.AddRange(DirectiveChecks.Check(directives, text.Lines[0].End));
        return new ParsedScript(text, dialect, statements.ToImmutable(), diagnostics.ToImmutable());
    }

    public static ParsedScript ParseScript(string text, SqlDialect defaultDialect = SqlDialect.Materialize) =>
        ParseScript(SourceText.From(text), defaultDialect);

    /// <summary>
    /// The tokens of <paramref name="text"/>, comments included, with spans relative to its start: for
    /// text outside any statement (comments after the last semicolon) and for printed output.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Tokenize(string text) => StatementParser.Tokenize(text);

    /// <summary>Parses one statement chunk (text between separators, without the semicolon).</summary>
    public static StatementSyntax ParseStatement(string chunk, SqlDialect dialect = SqlDialect.Materialize) =>
        new StatementParser().Parse(chunk, dialect);

    /// <summary>Below this many chunks a script is parsed on the calling thread alone (an editor's typical file).</summary>
    private const int ParallelThreshold = 64;

    /// <summary>The syntax of each non-blank chunk (null for blank ones), in order; one parser per worker thread.</summary>
    private static StatementSyntax?[] ParseChunks(
        string content, ImmutableArray<StatementChunk> chunks, SqlDialect dialect, Func<string, SqlDialect, StatementSyntax?>? reuse)
    {
        var syntaxes = new StatementSyntax?[chunks.Length];
        StatementParser Parse(int i, StatementParser parser)
        {
            var chunk = chunks[i];
            if (!chunk.IsBlank)
            {
                var chunkText = content.Substring(chunk.Span.Start, chunk.Span.Length);
                syntaxes[i] = reuse?.Invoke(chunkText, dialect) ?? parser.Parse(chunkText, dialect);
            }

            return parser;
        }

        if (chunks.Length < ParallelThreshold)
        {
            var parser = new StatementParser();
            for (var i = 0; i < chunks.Length; i++)
            {
                Parse(i, parser);
            }
        }
        else
        {
            Parallel.For(0, chunks.Length, () => new StatementParser(), (i, _, parser) => Parse(i, parser), _ => { });
        }

        return syntaxes;
    }
}

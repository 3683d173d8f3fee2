using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Lexing;
using SqlConn.Syntax.Parsing.Direct;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Parses statement chunks. Never throws: lexical errors, parser errors, nesting beyond the guard
/// and (defensively) internal failures all become diagnostics. An instance keeps one lexer (the
/// hand-written <see cref="SqlTokenSource"/>), one direct parser and one ANTLR parser and reuses
/// them for every chunk it parses; it is not thread-safe (one per thread).
/// <para>
/// A chunk's tokens go first to the <see cref="DirectParser"/>, the fast path, which builds the
/// tree of a well-formed statement straight from them; whatever it declines (errors, anything the
/// tree builder reports, constructs it leaves out) takes the ANTLR path: SLL, then LL with error
/// recovery, then <see cref="TreeBuilder"/>. Both give the same tree for what the direct parser
/// accepts (ParserAgreementTests).
/// </para>
/// </summary>
internal sealed class StatementParser
{
    private readonly SqlTokenSource lexer = new(string.Empty, reuseTokens: true);

    /// <summary>Reused for every chunk (a new stream would allocate room for 100 tokens each time): nothing parsed keeps a token.</summary>
    private readonly CommonTokenStream stream;

    private readonly SqlConnParser parser;

    private readonly BailErrorStrategy bail = new();

    /// <summary>The diagnostics of the chunk being parsed, reused (a statement keeps a copy, and most have none).</summary>
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>Null when the parser runs the ANTLR path alone (<see cref="AntlrOnly"/>).</summary>
    private readonly DirectParser? direct;

    public StatementParser()
        : this(new DirectParser())
    {
    }

    private StatementParser(DirectParser? direct)
    {
        this.direct = direct;
        stream = new CommonTokenStream(lexer);
        parser = new SqlConnParser(stream);
        parser.RemoveErrorListeners();
    }

    /// <summary>A parser that never takes the fast path: the reference the direct parser is compared with.</summary>
    public static StatementParser AntlrOnly() => new(direct: null);

    public StatementSyntax Parse(string chunk, SqlDialect dialect)
    {
        diagnostics.Clear();
        lexer.Reset(chunk);
        stream.SetTokenSource(lexer);
        stream.Fill();
        var tokens = stream.GetTokens();
        var firstLexicalError = ReportLexicalErrors(tokens, diagnostics);
        var directives = Directives(tokens);
        var syntaxTokens = SyntaxTokens(tokens);
        Statement node;
        try
        {
            node = ParseTokens(chunk, dialect, tokens, firstLexicalError);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Add(TooDeep(Whole(tokens)));
            node = new InvalidStatement(Whole(tokens));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic(SyntaxDiagnostics.InternalError, Whole(tokens),
                $"internal error while parsing this statement: {e.GetType().Name}"));
            node = new InvalidStatement(Whole(tokens));
        }

        return new StatementSyntax(chunk, node, syntaxTokens, Deduplicate(diagnostics), directives);
    }

    /// <summary>
    /// Lexes a chunk that holds only whitespace and comments: its lexical errors (an unterminated
    /// block comment) and its directives still count.
    /// </summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<ScriptDirective> Directives) LexTrivia(string chunk)
    {
        var stream = new CommonTokenStream(new SqlTokenSource(chunk));
        stream.Fill();
        var tokens = stream.GetTokens();
        var diagnostics = new List<Diagnostic>();
        ReportLexicalErrors(tokens, diagnostics);
        return ([.. diagnostics], Directives(tokens));
    }

    /// <summary>The tokens of any text, comments included, with spans relative to its start.</summary>
    public static ImmutableArray<SyntaxToken> Tokenize(string text)
    {
        var stream = new CommonTokenStream(new SqlTokenSource(text));
        stream.Fill();
        return SyntaxTokens(stream.GetTokens());
    }

    private Statement ParseTokens(
        string chunk, SqlDialect dialect, IList<IToken> tokens, int firstLexicalError)
    {
        if (NestingGuard.FindTooDeep(tokens) is { } tooDeep)
        {
            diagnostics.Add(TooDeep(TextSpan.FromBounds(tooDeep.StartIndex, tooDeep.StopIndex + 1)));
            return new InvalidStatement(Whole(tokens));
        }

        if (diagnostics.Count == 0 && direct?.TryParse(chunk, tokens) is { } statement)
        {
            return statement;
        }

        parser.TokenStream = stream;
        var tree = ParseTwoStage(out var reports);
        if (reports is not null)
        {
            Report(reports, dialect, tokens, firstLexicalError, diagnostics);
        }

        return new TreeBuilder(chunk, dialect, diagnostics).Build(tree);
    }

    /// <summary>Formats the parser's errors, at most one per token and none from the first lexical error on.</summary>
    private static void Report(List<SyntaxErrorReport> reports, SqlDialect dialect, IList<IToken> tokens, int firstLexicalError, List<Diagnostic> diagnostics)
    {
        var firstToken = tokens.FirstOrDefault(t => t.Channel == TokenConstants.DefaultChannel);
        var reported = new HashSet<int>();
        foreach (var report in reports)
        {
            var index = report.Offending.TokenIndex;
            if (index >= firstLexicalError || !reported.Add(index))
            {
                continue;
            }

            diagnostics.Add(SyntaxErrorFormatter.Format(report, dialect, atStatementStart: index == firstToken?.TokenIndex));
        }
    }

    /// <summary>
    /// SLL prediction with a bail-out strategy parses correct input fast; only when it fails is the
    /// statement parsed again with full LL prediction and error recovery, which reports errors
    /// exactly where they are (<paramref name="reports"/>, null when the SLL parse succeeded).
    /// </summary>
    private SqlConnParser.StatementContext ParseTwoStage(out List<SyntaxErrorReport>? reports)
    {
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = bail;
        try
        {
            reports = null;
            return parser.statement();
        }
        catch (ParseCanceledException)
        {
            stream.Seek(0);
            parser.Reset();
            var strategy = new CollectingErrorStrategy();
            parser.ErrorHandler = strategy;
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            var tree = parser.statement();
            reports = strategy.Reports;
            return tree;
        }
    }

    /// <summary>Reports each malformed token; returns the token index of the first (or int.MaxValue).</summary>
    private static int ReportLexicalErrors(IList<IToken> tokens, List<Diagnostic> diagnostics)
    {
        var first = int.MaxValue;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!TokenFacts.IsLexicalError(token.Type))
            {
                continue;
            }

            first = Math.Min(first, token.Channel == TokenConstants.DefaultChannel ? token.TokenIndex : first);
            var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            diagnostics.Add(token.Type switch
            {
                SqlConnLexer.UNTERMINATED_BLOCK_COMMENT => new Diagnostic(SyntaxDiagnostics.UnterminatedComment, span,
                    "unterminated multiline comment", Hint: "close it with */ (block comments nest: each /* needs its own */)"),
                SqlConnLexer.UNTERMINATED_QUOTED_IDENTIFIER => new Diagnostic(SyntaxDiagnostics.UnterminatedString, span,
                    "unterminated quoted identifier", Hint: "close it with a double quote"),
                SqlConnLexer.UNTERMINATED_DOLLAR_STRING => new Diagnostic(SyntaxDiagnostics.UnterminatedString, span,
                    "unterminated dollar-quoted string", Hint: $"close it with {DollarTag(token.Text)}"),
                SqlConnLexer.ERROR_CHAR => new Diagnostic(SyntaxDiagnostics.UnexpectedCharacter, span,
                    $"unexpected character {DescribeCharacter(token.Text)}"),
                _ => new Diagnostic(SyntaxDiagnostics.UnterminatedString, span,
                    "unterminated quoted string", Hint: "close it with a single quote (write '' for a quote inside the string)"),
            });
        }

        return first;
    }

    private static string DollarTag(string text) => text[..(text.IndexOf('$', 1) + 1)];

    private static string DescribeCharacter(string text)
    {
        var c = text[0];
        return char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            ? $"U+{(int)c:X4}"
            : $"\"{c}\" (U+{(int)c:X4})";
    }

    private static ImmutableArray<ScriptDirective> Directives(IList<IToken> tokens)
    {
        var directives = ImmutableArray<ScriptDirective>.Empty;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == SqlConnLexer.LINE_COMMENT)
            {
                directives = directives.AddRange(ScriptDirective.Parse(token.Text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1)));
            }
        }

        return directives;
    }

    private static ImmutableArray<SyntaxToken> SyntaxTokens(IList<IToken> tokens)
    {
        // The last token is EOF.
        var result = new SyntaxToken[tokens.Count - 1];
        for (var i = 0; i < result.Length; i++)
        {
            var token = tokens[i];
            result[i] = new SyntaxToken(TokenFacts.Kind(token.Type), TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1), token.Type);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static TextSpan Whole(IList<IToken> tokens)
    {
        var real = tokens.Where(t => t.Type != TokenConstants.EOF && t.Channel == TokenConstants.DefaultChannel).ToList();
        return real.Count == 0 ? default : TextSpan.FromBounds(real[0].StartIndex, real[^1].StopIndex + 1);
    }

    private static Diagnostic TooDeep(TextSpan span) =>
        new(SyntaxDiagnostics.TooDeeplyNested, span,
            $"statement is too deeply nested: SqlConn analyses at most {NestingGuard.MaxDepth} levels of brackets and prefix operators "
            + $"and chains of at most {NestingGuard.MaxChain} operators");

    private static ImmutableArray<Diagnostic> Deduplicate(List<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? [] : [.. diagnostics.DistinctBy(d => (d.Code, d.Span, d.Message)).OrderBy(d => d.Span.Start)];
}

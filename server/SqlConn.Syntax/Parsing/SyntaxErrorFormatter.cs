using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Words a parser error the way the script's database would: Materialize's
/// <c>Expected one of A or B, found identifier "x"</c>, or CockroachDB's
/// <c>at or near "x": syntax error</c>. String literals are never quoted in a message: they may hold
/// a secret.
/// </summary>
internal static class SyntaxErrorFormatter
{
    public static Diagnostic Format(SyntaxErrorReport report, SqlDialect dialect, bool atStatementStart)
    {
        var token = report.Offending;
        var span = token.Type == TokenConstants.EOF
            ? new TextSpan(token.StartIndex, 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
        var expected = ExpectedTokens.Describe(report.Expected);
        var suggestion = Suggest(token, report);
        if (dialect == SqlDialect.CockroachDb)
        {
            var near = token.Type == TokenConstants.EOF ? "EOF"
                : TokenFacts.IsString(token.Type) ? "string literal" : token.Text;
            return new Diagnostic(SyntaxDiagnostics.SyntaxError, span, $"at or near \"{near}\": syntax error",
                Detail: atStatementStart ? null : $"expected {expected}",
                Hint: suggestion);
        }

        var message = atStatementStart
            ? $"Expected a keyword at the beginning of a statement, found {DescribeFound(token)}"
            : $"Expected {expected}, found {DescribeFound(token)}";
        return new Diagnostic(SyntaxDiagnostics.SyntaxError, span, message, Hint: suggestion);
    }

    /// <summary>Materialize's rendering of the token it found (its lexer's Display), minus string contents.</summary>
    public static string DescribeFound(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "EOF",
        _ when TokenFacts.Keyword(token.Type) is { } keyword => keyword,
        SqlConnLexer.IDENTIFIER => $"identifier \"{token.Text.ToLowerInvariant()}\"",
        SqlConnLexer.QUOTED_IDENTIFIER => $"identifier \"{LiteralDecoder.QuotedIdentifier(token.Text)}\"",
        _ when TokenFacts.IsString(token.Type) => "string literal",
        SqlConnLexer.HEX_STRING => "hex string literal",
        SqlConnLexer.NUMBER => $"number \"{token.Text}\"",
        SqlConnLexer.PARAMETER => $"parameter \"{token.Text}\"",
        _ => TokenFacts.PunctuationName(token.Type) ?? $"operator \"{token.Text}\"",
    };

    /// <summary>"did you mean HOST?" when the offending word is a near miss of an expected keyword.</summary>
    private static string? Suggest(IToken token, SyntaxErrorReport report)
    {
        if (token.Type != SqlConnLexer.IDENTIFIER && !TokenFacts.IsKeyword(token.Type))
        {
            return null;
        }

        var word = token.Text.ToUpperInvariant();
        var best = report.Expected.ToList()
            .Select(TokenFacts.Keyword)
            .OfType<string>()
            .Where(k => k != word)
            .Select(k => (Keyword: k, Distance: EditDistance.Between(word, k)))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(2, c.Keyword.Length / 3)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Keyword, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Keyword is null ? null : $"did you mean {best.Keyword}?";
    }
}

using System.Text;
using Antlr4.Runtime;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Lexing;
using SqlConn.Syntax.Parsing;

namespace SqlConn.Syntax.Redaction;

/// <summary>
/// Masks the string literals of SQL kept as written (e.g. <c>ALTER ROLE r PASSWORD 'x'</c>, which
/// SqlConn does not analyse), so that redacted output holds no literal that might be a secret.
/// </summary>
internal static class VerbatimRedaction
{
    public static string Redact(string sql, string mask)
    {
        var lexer = new SqlTokenSource(sql);
        var result = new StringBuilder(sql.Length);
        var copied = 0;
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (IsLiteral(token.Type))
            {
                result.Append(sql, copied, token.StartIndex - copied).Append(mask);
                copied = token.StopIndex + 1;
            }
        }

        return result.Append(sql, copied, sql.Length - copied).ToString();
    }

    private static bool IsLiteral(int type) =>
        TokenFacts.IsString(type) || type is SqlConnLexer.HEX_STRING or SqlConnLexer.UNTERMINATED_STRING
            or SqlConnLexer.UNTERMINATED_ESCAPE_STRING or SqlConnLexer.UNTERMINATED_DOLLAR_STRING;
}

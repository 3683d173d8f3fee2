using Antlr4.Runtime;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// ANTLR parses recursively, so deeply nested input would overflow the stack, which no code can
/// catch. Before parsing, this guard measures how deep a statement nests (brackets, CASE ... END,
/// runs of prefix operators) and refuses statements beyond <see cref="MaxDepth"/>.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 100;

    /// <summary>The token at which the statement first becomes too deep, or null.</summary>
    public static IToken? FindTooDeep(IList<IToken> tokens)
    {
        var depth = 0;
        var prefixRun = 0;
        foreach (var token in tokens)
        {
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            switch (token.Type)
            {
                case SqlConnLexer.LPAREN or SqlConnLexer.LBRACKET or SqlConnLexer.CASE:
                    depth++;
                    prefixRun = 0;
                    break;
                case SqlConnLexer.RPAREN or SqlConnLexer.RBRACKET or SqlConnLexer.END:
                    depth = Math.Max(0, depth - 1);
                    prefixRun = 0;
                    break;
                case SqlConnLexer.NOT or SqlConnLexer.MINUS or SqlConnLexer.PLUS:
                    prefixRun++;
                    break;
                default:
                    prefixRun = 0;
                    break;
            }

            if (depth + prefixRun > MaxDepth)
            {
                return token;
            }
        }

        return null;
    }
}

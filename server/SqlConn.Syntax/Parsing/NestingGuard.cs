using Antlr4.Runtime;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// ANTLR parses recursively, so deeply nested input would overflow the stack, which no code can
/// catch. Before parsing, this guard measures how deep a statement nests (brackets, CASE ... END,
/// runs of prefix operators) and refuses statements beyond <see cref="MaxDepth"/>. It also bounds
/// chains of binary operators at one level (<c>1 + 1 + ...</c>, <c>x::a::b</c>, <c>x[1][2]</c>):
/// they parse without recursion but make trees as deep as they are long, which the tree builder,
/// the printer and the garbage collector walk recursively; bounding them keeps the outcome
/// independent of the thread's stack size and the time linear.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 100;

    public const int MaxChain = 1000;

    /// <summary>The token at which the statement first becomes too deep, or null.</summary>
    public static IToken? FindTooDeep(IList<IToken> tokens)
    {
        var depth = 0;
        var prefixRun = 0;
        Span<int> chains = stackalloc int[MaxDepth + 2];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            var type = token.Type;
            if (prefixRun == 0 && ContinuesChain(type) && ++chains[depth] > MaxChain)
            {
                return token;
            }

            switch (type)
            {
                case SqlConnLexer.LPAREN or SqlConnLexer.LBRACKET or SqlConnLexer.CASE:
                    depth++;
                    chains[depth] = 0;
                    prefixRun = 0;
                    break;
                case SqlConnLexer.RPAREN or SqlConnLexer.RBRACKET or SqlConnLexer.END:
                    depth = Math.Max(0, depth - 1);
                    prefixRun = 0;
                    break;
                case SqlConnLexer.COMMA:
                    chains[depth] = 0;
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

    /// <summary>Tokens that add a level to a left-deep chain: binary operators, casts, subscripts and calls.</summary>
    private static bool ContinuesChain(int type) => type is
        SqlConnLexer.PLUS or SqlConnLexer.MINUS or SqlConnLexer.STAR or SqlConnLexer.SLASH or SqlConnLexer.PERCENT
        or SqlConnLexer.CONCAT or SqlConnLexer.OPERATOR or SqlConnLexer.EQ or SqlConnLexer.NEQ or SqlConnLexer.LT
        or SqlConnLexer.LTE or SqlConnLexer.GT or SqlConnLexer.GTE or SqlConnLexer.AND or SqlConnLexer.OR
        or SqlConnLexer.LIKE or SqlConnLexer.ILIKE or SqlConnLexer.IN or SqlConnLexer.BETWEEN or SqlConnLexer.IS
        or SqlConnLexer.DOUBLE_COLON or SqlConnLexer.LBRACKET or SqlConnLexer.LPAREN;
}

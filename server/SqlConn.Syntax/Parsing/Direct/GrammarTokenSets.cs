using System.Collections.Immutable;
using Antlr4.Runtime.Atn;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>
/// The token types that can start some one-token grammar rules, read from the generated parser's
/// ATN (so the keyword lists exist once, in grammar/SqlConnParser.g4): which keywords are
/// identifiers where, literals, option words.
/// </summary>
internal static class GrammarTokenSets
{
    /// <summary>Rule <c>ident</c>: identifiers and every non-reserved keyword.</summary>
    public static readonly ImmutableArray<bool> Ident = First(SqlConnParser.RULE_ident);

    /// <summary>Rule <c>exprIdent</c>: no scalar keyword (TRUE, NOT, CASE...).</summary>
    public static readonly ImmutableArray<bool> ExprIdent = First(SqlConnParser.RULE_exprIdent);

    /// <summary>Rule <c>aliasIdent</c>: no join keyword either.</summary>
    public static readonly ImmutableArray<bool> AliasIdent = First(SqlConnParser.RULE_aliasIdent);

    /// <summary>Rule <c>genericOptionWord</c>.</summary>
    public static readonly ImmutableArray<bool> GenericOptionWord = First(SqlConnParser.RULE_genericOptionWord);

    /// <summary>Rule <c>literal</c>.</summary>
    public static readonly ImmutableArray<bool> Literal = First(SqlConnParser.RULE_literal);

    /// <summary>Rule <c>stringLiteral</c>.</summary>
    public static readonly ImmutableArray<bool> StringLiteral = First(SqlConnParser.RULE_stringLiteral);

    public static bool Contains(ImmutableArray<bool> set, int type) => type > 0 && type < set.Length && set[type];

    private static ImmutableArray<bool> First(int rule)
    {
        ATN atn = SqlConnParser._ATN;
        var first = atn.NextTokens(atn.ruleToStartState[rule]);
        var set = new bool[TokenFacts.MaxTokenType + 1];
        for (var type = 1; type < set.Length; type++)
        {
            set[type] = first.Contains(type);
        }

        return [.. set];
    }
}

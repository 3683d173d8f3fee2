using Antlr4.Runtime;

namespace SqlConn.Syntax.Lexing;

/// <summary>A token object <see cref="SqlTokenSource"/> hands out again for another text (its source included), instead of allocating one per token.</summary>
internal sealed class ReusableToken() : CommonToken(TokenConstants.InvalidType)
{
    public void Reuse(Tuple<ITokenSource, ICharStream> tokenSource, int tokenType, int tokenChannel, int start, int stop)
    {
        source = tokenSource;
        Type = tokenType;
        Channel = tokenChannel;
        StartIndex = start;
        StopIndex = stop;
        TokenIndex = -1;
        Text = null;
    }
}

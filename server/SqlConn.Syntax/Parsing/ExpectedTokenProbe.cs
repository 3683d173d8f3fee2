using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Computes which token types the grammar accepts at a token position, by trying each one.
/// ANTLR only knows the expected set at the start of a failed decision; when a decision looked
/// several tokens ahead before failing, the error is at a later token and that set is wrong for it.
/// Rare and only on error paths, so trying the vocabulary (a few hundred short SLL parses of the
/// statement's prefix) is affordable.
/// </summary>
internal static class ExpectedTokenProbe
{
    public static IntervalSet ExpectedAt(Parser recognizer, int tokenIndex)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        var prefix = new List<IToken>(tokenIndex);
        for (var i = 0; i < tokenIndex; i++)
        {
            var token = stream.Get(i);
            if (token.Channel == TokenConstants.DefaultChannel)
            {
                // A copy: the trial stream renumbers its tokens.
                prefix.Add(new CommonToken(token));
            }
        }

        var expected = new IntervalSet();
        for (var type = 1; type <= TokenFacts.MaxTokenType; type++)
        {
            if (!TokenFacts.IsLexicalError(type) && Accepts(prefix, type))
            {
                expected.Add(type);
            }
        }

        if (Accepts(prefix, TokenConstants.EOF))
        {
            expected.Add(TokenConstants.EOF);
        }

        return expected;
    }

    private static bool Accepts(List<IToken> prefix, int candidate)
    {
        var tokens = new List<IToken>(prefix.Count + 2);
        tokens.AddRange(prefix);
        tokens.Add(new CommonToken(candidate, "x"));
        if (candidate != TokenConstants.EOF)
        {
            tokens.Add(new CommonToken(TokenConstants.EOF, "<EOF>"));
        }

        var parser = new SqlConnParser(new CommonTokenStream(new ListTokenSource(tokens)))
        {
            ErrorHandler = new BailErrorStrategy(),
        };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        try
        {
            parser.statement();
            return true;
        }
        catch (ParseCanceledException e) when (e.InnerException is RecognitionException re)
        {
            // The candidate is accepted when the parse only fails after it (at the end of input).
            return re.OffendingToken.TokenIndex > prefix.Count;
        }
    }
}

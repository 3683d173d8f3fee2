using Antlr4.Runtime;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// ANTLR's default recovery (single-token insertion and deletion, then resynchronisation), but errors
/// are recorded as <see cref="SyntaxErrorReport"/>s instead of English strings, so that
/// <see cref="SyntaxErrorFormatter"/> can word them like the database does.
/// </summary>
internal sealed class CollectingErrorStrategy : DefaultErrorStrategy
{
    public List<SyntaxErrorReport> Reports { get; } = [];

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        Reports.Add(new SyntaxErrorReport(e.OffendingToken, e.StartToken.TokenIndex == e.OffendingToken.TokenIndex
            ? e.GetExpectedTokens()
            : ExpectedTokenProbe.ExpectedAt(recognizer, e.OffendingToken.TokenIndex)));

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        Reports.Add(new SyntaxErrorReport(e.OffendingToken, e.GetExpectedTokens()));

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        Reports.Add(new SyntaxErrorReport(e.OffendingToken, e.GetExpectedTokens()));

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        Reports.Add(new SyntaxErrorReport(recognizer.CurrentToken, GetExpectedTokens(recognizer)));
    }

    /// <summary>
    /// The token recovery pretends was there. ANTLR gives it no position (-1); it is placed, empty,
    /// just before the token that follows, so that every span of the tree stays inside the text.
    /// </summary>
    protected override IToken GetMissingSymbol(Parser recognizer)
    {
        var missing = base.GetMissingSymbol(recognizer);
        if (missing is CommonToken token)
        {
            token.StartIndex = ((ITokenStream)recognizer.InputStream).LT(1).StartIndex;
            token.StopIndex = token.StartIndex - 1;
        }

        return missing;
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        Reports.Add(new SyntaxErrorReport(recognizer.CurrentToken, GetExpectedTokens(recognizer)));
    }
}

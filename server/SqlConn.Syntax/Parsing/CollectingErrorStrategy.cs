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

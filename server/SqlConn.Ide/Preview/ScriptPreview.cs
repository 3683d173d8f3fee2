using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Values;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax.Printing;

namespace SqlConn.Ide.Preview;

/// <summary>
/// The preview of a document: what the simulator answered to each statement up to one of them,
/// read from the analysis (nothing is executed again).
/// </summary>
public static class ScriptPreview
{
    /// <summary>The previews of statements 0 to <paramref name="lastIndex"/> (clamped to the document's statements).</summary>
    public static ImmutableArray<StatementPreview> UpTo(DocumentAnalysis analysis, int lastIndex) =>
        [.. analysis.Statements.Take(Math.Max(0, lastIndex + 1)).Select(s => Statement(analysis, s))];

    /// <summary>The index of the statement at <paramref name="position"/>, else of the last statement before it, else -1.</summary>
    public static int StatementIndexAt(DocumentAnalysis analysis, int position) =>
        analysis.StatementAt(position)?.Index
        ?? analysis.Script.Statements.LastOrDefault(s => s.ChunkSpan.End <= position)?.Index
        ?? -1;

    private static StatementPreview Statement(DocumentAnalysis analysis, ExecutedStatement executed)
    {
        var statement = executed.Statement;
        var result = executed.Result;
        return new StatementPreview(
            statement.Index,
            statement.Span,
            SqlPrinter.PrintRedacted(statement.Syntax),
            analysis.Text.Lines.GetLineFromPosition(statement.Span.Start).LineNumber + 1,
            result.Failed ? "error" : "ok",
            result.Tag,
            [.. result.Columns.Select(c => c.Name)],
            [.. result.Rows.Select(row => row.Select(ValueFormatter.Format).ToImmutableArray())],
            [.. result.Notices.Select(n => new PreviewNotice(n.Message, n.Detail, n.Hint, n.Level))],
            result.Error is { } error ? new PreviewError(error.Descriptor.Code, error.Message, error.Detail, error.Hint) : null);
    }
}

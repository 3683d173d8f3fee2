using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax;

namespace SqlConn.Ide.Features.FoldingRanges;

/// <summary>
/// Folding ranges: statements longer than a line (with their semicolon), parenthesised lists longer
/// than a line (option lists, BROKERS (...)), block comments longer than a line and runs of line
/// comments on consecutive lines; of the ranges that start on the same line, the longest. From tokens, so
/// that an unfinished statement folds too.
/// </summary>
public static class Folding
{
    public static ImmutableArray<FoldingRange> Compute(DocumentAnalysis document)
    {
        var text = document.Text;
        var ranges = new List<FoldingRange>();
        foreach (var statement in document.Script.Statements)
        {
            ranges.Add(new FoldingRange(TextSpan.FromBounds(statement.Span.Start, (statement.SemicolonPosition + 1) ?? statement.Span.End), FoldingRangeKind.Region));
            ranges.AddRange(Parentheses(StatementTokens.Significant(statement)).Select(s => new FoldingRange(s, FoldingRangeKind.Region)));
        }

        ranges.AddRange(Comments(DocumentTokens.All(document).Where(t => t.Kind == SyntaxTokenKind.Comment).ToList(), text));
        return [.. ranges
            .Where(r => Lines(text, r.Span) > 1)
            .GroupBy(r => Line(text, r.Span.Start))
            .Select(g => g.MaxBy(r => r.Span.End) ?? g.First())
            .OrderBy(r => r.Span.Start)];
    }

    /// <summary>The spans from each opening parenthesis or bracket to its closing one (or to the statement's end when it is not closed).</summary>
    private static IEnumerable<TextSpan> Parentheses(ImmutableArray<Token> tokens)
    {
        var open = new Stack<Token>();
        foreach (var token in tokens)
        {
            if (token.Opens)
            {
                open.Push(token);
            }
            else if (token.Closes && open.TryPop(out var opening))
            {
                yield return TextSpan.FromBounds(opening.Span.Start, token.Span.End);
            }
        }

        foreach (var opening in open)
        {
            yield return TextSpan.FromBounds(opening.Span.Start, tokens[^1].Span.End);
        }
    }

    /// <summary>Block comments, and runs of line comments each alone on the line after the previous one.</summary>
    private static IEnumerable<FoldingRange> Comments(List<Token> comments, SourceText text)
    {
        var run = new List<Token>();
        foreach (var comment in comments)
        {
            var ownLine = comment.Text.StartsWith("--", StringComparison.Ordinal) && StartsLine(text, comment.Span.Start);
            if (run.Count > 0 && !(ownLine && Line(text, comment.Span.Start) == Line(text, run[^1].Span.Start) + 1))
            {
                yield return Run(run);
                run.Clear();
            }

            if (ownLine)
            {
                run.Add(comment);
            }
            else
            {
                yield return new FoldingRange(comment.Span, FoldingRangeKind.Comment);
            }
        }

        if (run.Count > 0)
        {
            yield return Run(run);
        }
    }

    private static FoldingRange Run(List<Token> comments) => new(TextSpan.FromBounds(comments[0].Span.Start, comments[^1].Span.End), FoldingRangeKind.Comment);

    private static bool StartsLine(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        return string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(line.Start, position)));
    }

    private static int Line(SourceText text, int position) => text.Lines.GetLineFromPosition(position).LineNumber;

    private static int Lines(SourceText text, TextSpan span) => Line(text, span.End) - Line(text, span.Start) + 1;
}

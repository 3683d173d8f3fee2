using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Splitting;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// <see cref="SqlParser.Reparse"/>: re-splits and parses only the chunks an edit can change.
/// <list type="bullet">
/// <item>A chunk before the edit stays as it was when the splitter read nothing at or after the
/// edit's start to delimit it (<see cref="StatementChunk.ScannedTo"/>): a chunk with an unterminated
/// token read to the end of the script, so an edit anywhere after it can close that token.</item>
/// <item>Splitting starts again at the first other chunk, whose start is a top-level position.</item>
/// <item>It stops at the first chunk start after the edit's end that is the start of an old chunk
/// moved by the edit's length delta: the splitter is at top level there in both texts, and the texts
/// after it are equal, so the old chunks from there on are the new ones, moved.</item>
/// </list>
/// The text after the edit is read through a window that doubles until it holds the re-split chunks
/// (only chunks that end with a semicolon inside it and have no unterminated token are certain).
/// </summary>
internal static class IncrementalReparse
{
    /// <summary>The smallest window of text read from the first re-split chunk.</summary>
    private const int InitialWindow = 4096;

    /// <summary>The reparse of <paramref name="text"/>, or null when only a full parse can give it.</summary>
    public static ParsedScript? Reparse(
        ParsedScript previous, SourceText text, SqlDialect defaultDialect, Func<string, SqlDialect, StatementSyntax?>? reuse)
    {
        var old = previous.Chunks;
        if (old.IsDefault)
        {
            return null;
        }

        var changes = text.GetChangeRanges(previous.Text);
        var firstLine = previous.Text.Lines[0];
        if ((changes.Count > 0 && changes[0].Span.Start <= firstLine.End) || !EndsWithLineFeedOrReturn(previous.Text, firstLine)
            || (ScriptDirective.DialectOnFirstLine(previous.Text.ToString(firstLine.Span)) ?? defaultDialect) != previous.Dialect)
        {
            return null;
        }

        if (changes.Count == 0)
        {
            return previous with { Text = text };
        }

        var oldLength = previous.Text.Length;
        var delta = text.Length - oldLength;
        var changeStart = changes[0].Span.Start;
        var changeEnd = changes[^1].Span.End + delta;
        var first = 0;
        while (first < old.Length && old[first].Chunk.ScannedTo(oldLength) < changeStart)
        {
            first++;
        }

        var start = first < old.Length ? old[first].Chunk.Span.Start : oldLength;
        for (var length = Math.Max(InitialWindow, 2L * (changeEnd - start)); ; length *= 2)
        {
            var windowEnd = (int)Math.Min(text.Length, start + length);
            var window = text.ToString(TextSpan.FromBounds(start, windowEnd));
            var resume = -1;
            var (chunks, stopped) = StatementSplitter.Split(window, start, atScriptStart: first == 0,
                position => position >= changeEnd && (resume = ChunkStartingAt(old, first, position - delta)) >= 0);
            if (windowEnd < text.Length && !(stopped && chunks.All(c => !c.HasUnterminatedToken)))
            {
                continue;
            }

            var tail = stopped ? old.Length - resume : 0;
            var parsed = ChunkParser.Parse(window, start, chunks, previous.Dialect, Replaced(old, first, old.Length - tail));
            var all = ImmutableArray.CreateBuilder<ParsedChunk>(first + parsed.Length + tail);
            all.AddRange(old, first);
            all.AddRange(parsed);
            for (var i = old.Length - tail; i < old.Length; i++)
            {
                all.Add(old[i].Shifted(delta));
            }

            return ScriptAssembly.Assemble(text, previous.Dialect, all.MoveToImmutable(), firstLine.End);
        }
    }

    /// <summary>
    /// The syntax of the old chunks the re-split ones replace, by text: a re-split chunk whose text one
    /// of them had (a statement the edit moved into another chunk and back, a semicolon typed and
    /// removed) keeps its syntax. Looking only there keeps an edit's cost proportional to the edit.
    /// </summary>
    private static Func<string, SqlDialect, StatementSyntax?> Replaced(ImmutableArray<ParsedChunk> old, int from, int to)
    {
        var syntax = new Dictionary<string, StatementSyntax>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
        {
            if (old[i].Syntax is { } statement)
            {
                syntax.TryAdd(statement.Text, statement);
            }
        }

        return (text, _) => syntax.GetValueOrDefault(text);
    }

    /// <summary>
    /// Whether the first line ends as <see cref="ScriptDirective.DialectOnFirstLine"/> sees it (at a
    /// carriage return or line feed), so that both agree on what an edit after it leaves unchanged.
    /// </summary>
    private static bool EndsWithLineFeedOrReturn(SourceText text, TextLine firstLine) =>
        firstLine.End < text.Length && text[firstLine.End] is '\r' or '\n';

    /// <summary>The index of the chunk of <paramref name="chunks"/> from <paramref name="from"/> on that starts at <paramref name="position"/>, or -1.</summary>
    private static int ChunkStartingAt(ImmutableArray<ParsedChunk> chunks, int from, int position)
    {
        var (low, high) = (from, chunks.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var middleStart = chunks[middle].Chunk.Span.Start;
            if (middleStart == position)
            {
                return middle;
            }

            (low, high) = middleStart < position ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }
}

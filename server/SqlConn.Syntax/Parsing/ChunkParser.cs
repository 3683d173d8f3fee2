using System.Collections.Immutable;
using SqlConn.Syntax.Splitting;

namespace SqlConn.Syntax.Parsing;

/// <summary>Parses the chunks of a script, in parallel when there are many; one parser per worker thread.</summary>
internal static class ChunkParser
{
    /// <summary>Below this many chunks they are parsed on the calling thread alone (an editor's typical file or edit).</summary>
    private const int ParallelThreshold = 64;

    /// <summary>
    /// The parse of each of <paramref name="chunks"/>, in order. <paramref name="content"/> is the
    /// script's text from position <paramref name="contentStart"/> on, and covers every chunk.
    /// </summary>
    public static ParsedChunk[] Parse(
        string content, int contentStart, ImmutableArray<StatementChunk> chunks, SqlDialect dialect, Func<string, SqlDialect, StatementSyntax?>? reuse)
    {
        var parsed = new ParsedChunk[chunks.Length];
        StatementParser Parse(int i, StatementParser parser)
        {
            var chunk = chunks[i];
            var chunkText = content.Substring(chunk.Span.Start - contentStart, chunk.Span.Length);
            if (chunk.IsBlank)
            {
                var trivia = StatementParser.LexTrivia(chunkText);
                parsed[i] = new ParsedChunk(chunk, null, trivia.Diagnostics, trivia.Directives);
            }
            else
            {
                parsed[i] = new ParsedChunk(chunk, reuse?.Invoke(chunkText, dialect) ?? parser.Parse(chunkText, dialect), [], []);
            }

            return parser;
        }

        if (chunks.Length < ParallelThreshold)
        {
            var parser = new StatementParser();
            for (var i = 0; i < chunks.Length; i++)
            {
                Parse(i, parser);
            }
        }
        else
        {
            Parallel.For(0, chunks.Length, () => new StatementParser(), (i, _, parser) => Parse(i, parser), _ => { });
        }

        return parsed;
    }
}

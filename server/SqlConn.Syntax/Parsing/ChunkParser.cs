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
        var work = new ChunkWork(content, contentStart, chunks, dialect, reuse);
        if (chunks.Length < ParallelThreshold)
        {
            var parser = new StatementParser();
            for (var i = 0; i < chunks.Length; i++)
            {
                work.Parse(i, parser);
            }
        }
        else
        {
            Parallel.For(0, chunks.Length, () => new StatementParser(), (i, _, parser) => work.Parse(i, parser), _ => { });
        }

        return work.Parsed;
    }

    /// <summary>
    /// Parses <paramref name="chunks"/> like <see cref="Parse"/>, handing each parsed chunk to
    /// <paramref name="parsed"/> on the calling thread, in order, while the chunks after it are parsed on
    /// worker threads (one fewer than the processors, at least one). Chunks are claimed in order, so they
    /// are done in about the order they are handed out; when the next chunk to hand out is not done, the
    /// calling thread parses an unclaimed one instead of waiting. An exception from <paramref name="parsed"/>
    /// stops the workers and propagates once they have stopped; so does a worker's.
    /// </summary>
    public static ParsedChunk[] Parse(string content, int contentStart, ImmutableArray<StatementChunk> chunks, SqlDialect dialect, Action<ParsedChunk> parsed)
    {
        var work = new ChunkWork(content, contentStart, chunks, dialect, reuse: null);
        var own = new StatementParser();
        if (chunks.Length < ParallelThreshold)
        {
            for (var i = 0; i < chunks.Length; i++)
            {
                work.Parse(i, own);
                parsed(work.Parsed[i]);
            }

            return work.Parsed;
        }

        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount - 1))
            .Select(_ => Task.Factory.StartNew(work.ParseClaimed, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (var i = 0; i < chunks.Length; i++)
            {
                var wait = new SpinWait();
                while (!work.IsDone(i))
                {
                    if (!work.TryParseNextClaim(own))
                    {
                        // A worker that failed (out of memory: a parse never throws otherwise) leaves its chunk undone.
                        if (Array.Find(workers, t => t.IsFaulted) is { } failed)
                        {
                            failed.GetAwaiter().GetResult();
                        }

                        wait.SpinOnce();
                    }
                }

                parsed(work.Parsed[i]);
            }
        }
        catch
        {
            work.Stop();
            Task.WhenAll(workers).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        Task.WaitAll(workers);
        return work.Parsed;
    }

    /// <summary>The chunks of one parse and their results; workers claim chunks in order.</summary>
    private sealed class ChunkWork(
        string content, int contentStart, ImmutableArray<StatementChunk> chunks, SqlDialect dialect, Func<string, SqlDialect, StatementSyntax?>? reuse)
    {
        private readonly int[] done = new int[chunks.Length];
        private int lastClaimed = -1;
        private volatile bool stopped;

        public ParsedChunk[] Parsed { get; } = new ParsedChunk[chunks.Length];

        /// <summary>Parses chunk <paramref name="i"/> with <paramref name="parser"/> and marks it done; returns the parser, for Parallel.For's thread-local state.</summary>
        public StatementParser Parse(int i, StatementParser parser)
        {
            var chunk = chunks[i];
            var chunkText = content.Substring(chunk.Span.Start - contentStart, chunk.Span.Length);
            if (chunk.IsBlank)
            {
                var trivia = StatementParser.LexTrivia(chunkText);
                Parsed[i] = new ParsedChunk(chunk, null, trivia.Diagnostics, trivia.Directives);
            }
            else
            {
                Parsed[i] = new ParsedChunk(chunk, reuse?.Invoke(chunkText, dialect) ?? parser.Parse(chunkText, dialect), [], []);
            }

            Volatile.Write(ref done[i], 1);
            return parser;
        }

        public bool IsDone(int i) => Volatile.Read(ref done[i]) == 1;

        /// <summary>Claims the first chunk nobody has claimed and parses it; false when every chunk is claimed.</summary>
        public bool TryParseNextClaim(StatementParser parser)
        {
            var i = Interlocked.Increment(ref lastClaimed);
            if (i >= chunks.Length)
            {
                return false;
            }

            Parse(i, parser);
            return true;
        }

        /// <summary>A worker: parses claimed chunks until every chunk is claimed or the parse is stopped.</summary>
        public void ParseClaimed()
        {
            var parser = new StatementParser();
            while (!stopped && TryParseNextClaim(parser))
            {
            }
        }

        public void Stop() => stopped = true;
    }
}

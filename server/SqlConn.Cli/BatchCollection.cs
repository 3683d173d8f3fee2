namespace SqlConn.Cli;

/// <summary>
/// How a batch command's process uses the garbage collector. <c>lint</c>, <c>run</c> and <c>explain</c>
/// keep nearly everything they build until they write their report and exit (a document's analysis keeps
/// the state after every statement), so a collection during the analysis mostly traces and promotes data
/// that is still live. Such a process starts in a no-GC region of <see cref="Budget"/> bytes: the runtime
/// allocates that much without collecting, and past it collects once, leaves the region and goes on as
/// usual, so a larger workspace costs no more than it did. The language server (<c>serve</c>), a
/// long-running process, collects as usual from the start.
/// </summary>
/// <remarks>
/// Measured on the 20,000-statement benchmark script (<c>LintProcessBenchmarks</c>): a lint allocates about
/// 200 MB, and without a collection its simulator phase takes about 0.1 s less (the collections it no longer
/// pauses for); its peak resident memory went from 266 to 257 MB, since the collector did not return memory to
/// the system during so short a run anyway. A one-statement lint's time and memory do not change.
/// </remarks>
internal static class BatchCollection
{
    /// <summary>What a batch process allocates before its first collection (the benchmark script's lint allocates about 200 MB).</summary>
    internal const long Budget = 256L * 1024 * 1024;

    /// <summary>Enters the no-GC region when the command line runs a batch command (one that exits when its report is written).</summary>
    public static void Configure(string[] args)
    {
        if (args is not ["lint" or "run" or "explain", ..])
        {
            return;
        }

        // Refused, the process collects as usual: under a heap limit below the budget (a small container's) the
        // runtime returns false; it throws when the budget exceeds what it can set aside for one region.
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (ArgumentOutOfRangeException)
        {
        }
    }
}

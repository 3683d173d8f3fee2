using System.Diagnostics;
using System.Threading.Channels;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Analyses the workspace in the background, one analysis at a time, each incrementally from the
/// last completed one. A change cancels the analysis under way (its result would be outdated) and,
/// once no change came for <c>delay</c> (debouncing while typing), starts a new one; a request
/// waiting for an analysis skips that delay. Requests read completed analyses, which are immutable,
/// concurrently with the next one.
/// </summary>
internal sealed class AnalysisScheduler
{
    private readonly ServerWorkspace workspace;
    private readonly ClientConnection client;
    private readonly TimeSpan delay;
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock gate = new();
    private readonly List<(long Generation, TaskCompletionSource<AnalysisSnapshot> Waiter)> waiters = [];
    private CancellationTokenSource running = new();
    private TaskCompletionSource demand = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SyntaxReuseCache reuse = new();
    private AnalysisSnapshot? latest;

    public AnalysisScheduler(ServerWorkspace workspace, ClientConnection client, TimeSpan delay)
    {
        this.workspace = workspace;
        this.client = client;
        this.delay = delay;
        workspace.Changed += OnChanged;
    }

    /// <summary>Called with each completed analysis, in order, before the next one starts.</summary>
    public event Func<AnalysisSnapshot, Task>? Completed;

    /// <summary>The analysis of the workspace as it is now (or newer).</summary>
    public Task<AnalysisSnapshot> CurrentAsync(CancellationToken cancellationToken) => AtLeastAsync(workspace.Current.Generation, cancellationToken);

    /// <summary>The current analysis once the workspace folders are read: what answers about the whole workspace read.</summary>
    public async Task<AnalysisSnapshot> WholeWorkspaceAsync(CancellationToken cancellationToken)
    {
        await workspace.FoldersReadAsync(cancellationToken);
        return await CurrentAsync(cancellationToken);
    }

    /// <summary>The first completed analysis of generation <paramref name="generation"/> or later.</summary>
    public Task<AnalysisSnapshot> AtLeastAsync(long generation, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<AnalysisSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (latest is { } done && done.Generation >= generation)
            {
                return Task.FromResult(done);
            }

            waiters.Add((generation, waiter));
            demand.TrySetResult();
        }

        return waiter.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// A document as it is now, for a request about a position in it (completion, hover, lenses):
    /// the full analysis when it is up to date, else a frozen analysis of the edits since the last
    /// one (<see cref="DocumentAnalyzer.AnalyzeFrozen"/>), which does not wait for the statements
    /// after the edit to run again. Null for a document the workspace does not have.
    /// </summary>
    public async Task<DocumentAnalysis?> DocumentNowAsync(string uri, CancellationToken cancellationToken)
    {
        var (state, generation) = workspace.Current;
        AnalysisSnapshot? done;
        lock (gate)
        {
            done = latest;
        }

        if (done is null || done.Analysis.Settings != state.Settings || done.Document(uri) is not { } previous || state.Document(uri) is not { } document)
        {
            return (await CurrentAsync(cancellationToken)).Document(uri);
        }

        return done.Generation == generation
            ? previous
            : await Task.Run(() => DocumentAnalyzer.AnalyzeFrozen(document, state.Settings.Dialect, previous, cancellationToken, reuse), cancellationToken);
    }

    public async Task RunAsync(CancellationToken stop)
    {
        while (await wake.Reader.WaitToReadAsync(stop))
        {
            wake.Reader.TryRead(out _);
            await DebounceAsync(stop);
            CancellationTokenSource cancellation;
            (WorkspaceState State, long Generation) current;
            lock (gate)
            {
                running = CancellationTokenSource.CreateLinkedTokenSource(stop);
                cancellation = running;
                current = workspace.Current;
            }

            await AnalyseAsync(current.State, current.Generation, cancellation.Token);
            lock (gate)
            {
                running = new CancellationTokenSource();
            }

            cancellation.Dispose();
        }
    }

    private async Task AnalyseAsync(WorkspaceState state, long generation, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var analysis = await Task.Run(() => WorkspaceAnalyzer.Analyze(state, latest?.Analysis, cancellationToken, reuse), cancellationToken);
            var origins = ObjectOrigins.Of(analysis, latest?.Origins);
            var snapshot = new AnalysisSnapshot(analysis, state, generation)
            {
                Origins = origins,
                Names = ReferenceIndex.Of(analysis, latest?.Names),
                Reports = DocumentReports.After(latest?.Reports, origins, state.Configuration.Policy),
            };
            client.Trace($"analysed {analysis.Documents.Length} documents (generation {generation}) in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
            foreach (var waiter in Complete(snapshot))
            {
                waiter.TrySetResult(snapshot);
            }

            if (Completed is { } completed)
            {
                await completed(snapshot);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            client.Trace($"analysis of generation {generation} cancelled by a newer change");
        }
        catch (Exception e)
        {
            client.Log(MessageType.Error, $"analysis failed: {e.GetType().Name}: {e.Message}");
            foreach (var waiter in Fail(generation))
            {
                waiter.TrySetException(e);
            }
        }
    }

    private List<TaskCompletionSource<AnalysisSnapshot>> Complete(AnalysisSnapshot snapshot)
    {
        lock (gate)
        {
            latest = snapshot;
            return Take(snapshot.Generation);
        }
    }

    private List<TaskCompletionSource<AnalysisSnapshot>> Fail(long generation)
    {
        lock (gate)
        {
            return Take(generation);
        }
    }

    /// <summary>Removes and returns the waiters satisfied by an analysis of <paramref name="generation"/>; call under the lock.</summary>
    private List<TaskCompletionSource<AnalysisSnapshot>> Take(long generation)
    {
        var satisfied = waiters.Where(w => w.Generation <= generation).Select(w => w.Waiter).ToList();
        waiters.RemoveAll(w => w.Generation <= generation);
        return satisfied;
    }

    /// <summary>Waits until no change came for the delay, or a request is waiting for an analysis.</summary>
    private async Task DebounceAsync(CancellationToken stop)
    {
        while (true)
        {
            Task demanded;
            lock (gate)
            {
                if (waiters.Count > 0)
                {
                    return;
                }

                demand = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                demanded = demand.Task;
            }

            var generation = workspace.Current.Generation;
            await Task.WhenAny(Task.Delay(delay, stop), demanded);
            stop.ThrowIfCancellationRequested();
            if (demanded.IsCompleted || workspace.Current.Generation == generation)
            {
                return;
            }
        }
    }

    private void OnChanged()
    {
        lock (gate)
        {
            running.Cancel();
        }

        wake.Writer.TryWrite(true);
    }
}

using SqlConn.LanguageServer.Transport;

namespace SqlConn.LanguageServer.Server;

/// <summary>What the handlers share: the client, the workspace, its analyses and the lifecycle.</summary>
internal sealed class LanguageServerSession(ClientConnection client, ServerWorkspace workspace, AnalysisScheduler analyses, ServerLifecycle lifecycle)
{
    private readonly TaskCompletionSource<int> exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ClientConnection Client => client;

    public ServerWorkspace Workspace => workspace;

    public AnalysisScheduler Analyses => analyses;

    public DiagnosticResultIds ResultIds { get; } = new();

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>: 0 after <c>shutdown</c>, else 1.</summary>
    public Task<int> Exited => exit.Task;

    public void Exit() => exit.TrySetResult(lifecycle.IsShutDown ? 0 : 1);

    /// <summary>Runs work a notification started without waiting for it; a failure is logged to the client.</summary>
    public void InBackground(string what, Func<Task> work) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await work();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                client.Log(MessageType.Error, $"{what} failed: {e.GetType().Name}: {e.Message}");
            }
        });
}

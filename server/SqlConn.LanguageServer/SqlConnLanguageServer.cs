using System.IO.Pipelines;
using Microsoft.VisualStudio.Threading;
using SqlConn.LanguageServer.Handlers;
using SqlConn.LanguageServer.Transport;

namespace SqlConn.LanguageServer;

/// <summary>
/// The SqlConn language server over a pair of streams (stdin and stdout for <c>sqlconn serve</c>).
/// <para>
/// The client's bytes go through <see cref="MessageGuard"/> (framing recovery, malformed messages
/// answered, lifecycle) to StreamJsonRpc with LSP framing and System.Text.Json; everything written
/// back goes through <see cref="OutgoingMessages"/>, one whole message at a time. StreamJsonRpc
/// starts handlers in the order messages arrive, one at a time until each first awaits: document
/// changes, which handlers apply without awaiting, are therefore serialised in order, while requests
/// wait for their analysis and run side by side on immutable snapshots.
/// </para>
/// </summary>
public static class SqlConnLanguageServer
{
    /// <summary>How long the last answers may take to write once the client said <c>exit</c>.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Serves until the client sends <c>exit</c> (exit code 0 after <c>shutdown</c>, 1 without) or closes the input (1).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var toJsonRpc = new Pipe();
        var fromJsonRpc = new Pipe();
        var outgoing = new OutgoingMessages(output);
        var lifecycle = new ServerLifecycle();
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(fromJsonRpc.Writer, toJsonRpc.Reader, formatter))
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        var client = new ClientConnection(rpc);
        var workspace = new ServerWorkspace(options.SettingsSource, problem => client.Log(MessageType.Warning, problem));
        var analyses = new AnalysisScheduler(workspace, client, options.AnalysisDelay);
        var publisher = new DiagnosticsPublisher(client, workspace);
        analyses.Completed += publisher.PublishAsync;
        var session = new LanguageServerSession(client, workspace, analyses, lifecycle);
        foreach (var handler in Handlers(session))
        {
            rpc.AddLocalRpcTarget(handler, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        }

        rpc.StartListening();
        var pump = outgoing.PumpAsync(fromJsonRpc.Reader.AsStream(), stop.Token);
        var analysis = analyses.RunAsync(stop.Token);
        var guard = new MessageGuard(new FrameReader(input), toJsonRpc.Writer.AsStream(), outgoing, lifecycle).RunAsync(stop.Token);
        var finished = await Task.WhenAny(session.Exited, guard, rpc.Completion);
        var exitCode = finished == session.Exited ? await session.Exited : 1;

        // Disposing the connection ends its output, so the pump writes what it holds (the answer to
        // shutdown) and stops. The guard may be blocked reading the input: the process ends without it.
        rpc.Dispose();
        await Quietly(pump.WaitAsync(DrainTimeout, cancellationToken));
        await stop.CancelAsync();
        await Quietly(analysis);
        return exitCode;
    }

    private static object[] Handlers(LanguageServerSession session) =>
    [
        new InitializeHandler(session),
        new InitializedHandler(session),
        new ShutdownHandler(),
        new ExitHandler(session),
        new SetTraceHandler(session),
        new DidOpenHandler(session),
        new DidChangeHandler(session),
        new DidCloseHandler(session),
        new DidChangeWatchedFilesHandler(session),
        new DidChangeWorkspaceFoldersHandler(session),
        new DidChangeConfigurationHandler(session),
        new DocumentDiagnosticHandler(session),
        new WorkspaceDiagnosticHandler(session),
        new CodeLensHandler(session),
        new PreviewHandler(session),
        new DocumentTextHandler(session),
        new CompletionHandler(session),
        new CompletionResolveHandler(session),
        new HoverHandler(session),
        new SignatureHelpHandler(session),
        new InlayHintHandler(session),
        new CodeActionHandler(session),
        new DocumentFormattingHandler(session),
        new RangeFormattingHandler(session),
        new SemanticTokensFullHandler(session),
        new SemanticTokensRangeHandler(session),
        new DefinitionHandler(session),
        new ReferencesHandler(session),
        new DocumentHighlightHandler(session),
        new PrepareRenameHandler(session),
        new RenameHandler(session),
        new DocumentSymbolHandler(session),
        new WorkspaceSymbolHandler(session),
        new FoldingRangeHandler(session),
        new SelectionRangeHandler(session),
    ];

    /// <summary>Waits for the background loops to stop after cancellation; their cancellation and I/O errors are expected then.</summary>
    private static async Task Quietly(params Task[] tasks)
    {
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or TimeoutException)
        {
            // Stopping: the streams close under the loops.
        }
    }
}

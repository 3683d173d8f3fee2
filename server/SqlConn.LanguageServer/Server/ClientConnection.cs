namespace SqlConn.LanguageServer.Server;

/// <summary>
/// The server's side of talking to the client: notifications and requests, logging
/// (<c>window/logMessage</c>) and tracing (<c>$/logTrace</c>, at the level <c>$/setTrace</c> chose).
/// A failure to reach the client is swallowed: the connection's end is handled where it is read.
/// </summary>
internal sealed class ClientConnection(JsonRpc rpc)
{
    private volatile string traceLevel = "off";

    public ClientCapabilities Capabilities { get; set; } = new(null, null, null);

    public void SetTrace(string level) => traceLevel = level is "messages" or "verbose" ? level : "off";

    public Task NotifyAsync(string method, object parameters) => Guarded(() => rpc.NotifyWithParameterObjectAsync(method, parameters));

    public async Task<T?> RequestAsync<T>(string method, object? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            Log(MessageType.Warning, $"{method} failed: {e.Message}");
            return default;
        }
    }

    public void Log(int type, string message) => _ = NotifyAsync(Methods.LogMessage, new LogMessageParams(type, message));

    /// <summary>A trace line; <paramref name="verbose"/> is only sent at the verbose level. Never put document text in either.</summary>
    public void Trace(string message, string? verbose = null)
    {
        var level = traceLevel;
        if (level != "off")
        {
            _ = NotifyAsync(Methods.LogTrace, new LogTraceParams(message, level == "verbose" ? verbose : null));
        }
    }

    private static async Task Guarded(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The client is gone: the server stops when its input ends.
        }
    }
}

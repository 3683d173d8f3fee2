namespace SqlConn.LanguageServer.Transport;

/// <summary>
/// Where the LSP lifecycle stands, as the message stream says: <c>initialize</c> opens the session,
/// <c>shutdown</c> closes it to everything but <c>exit</c>. Thread-safe.
/// </summary>
internal sealed class ServerLifecycle
{
    private int stage;

    public bool IsInitializing => Volatile.Read(ref stage) >= 1;

    public bool IsShutDown => Volatile.Read(ref stage) >= 2;

    /// <summary>Moves to "initializing"; false when <c>initialize</c> was already received.</summary>
    public bool TryBeginInitialize() => Interlocked.CompareExchange(ref stage, 1, 0) == 0;

    public void ShutDown() => Interlocked.Exchange(ref stage, 2);
}

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>shutdown</c>: answers null; from then on the transport accepts only <c>exit</c>.</summary>
internal sealed class ShutdownHandler
{
    [JsonRpcMethod(Methods.Shutdown)]
    public object? Shutdown() => null;
}

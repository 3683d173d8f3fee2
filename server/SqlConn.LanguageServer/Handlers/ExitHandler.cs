namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>exit</c>: ends the server, with exit code 0 after <c>shutdown</c> and 1 without.</summary>
internal sealed class ExitHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Exit)]
    public void Exit() => session.Exit();
}

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>workspace/didChangeConfiguration</c>: new <c>sqlconn</c> settings (dialect, role, seed); the workspace is analysed again.</summary>
internal sealed class DidChangeConfigurationHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.DidChangeConfiguration, UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeConfiguration(DidChangeConfigurationParams request) => ConfigurationReader.ApplyAsync(session, request.Settings, CancellationToken.None);
}

using SqlConn.Ide.Configuration;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>initialized</c>: registers the <c>*.sql</c> and <c>sqlconn.json</c> file watcher when the client lets servers register
/// it, asks for the settings when the client answers <c>workspace/configuration</c>, and loads the
/// workspace folders in the background.
/// </summary>
internal sealed class InitializedHandler(LanguageServerSession session)
{
    public const string WatcherRegistrationId = "sqlconn/watch-sql";

    [JsonRpcMethod(Methods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public void Initialized(InitializedParams request)
    {
        var client = session.Client;
        if (client.Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
        {
            session.InBackground("registering the file watcher", () => client.RequestAsync<object>(Methods.RegisterCapability, new RegistrationParams(
                [new Registration(WatcherRegistrationId, Methods.DidChangeWatchedFiles, new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.sql"), new Protocol.FileSystemWatcher($"**/{SqlConnConfig.FileName}")]))]),
                CancellationToken.None));
        }

        session.InBackground("reading the settings", () => ConfigurationReader.ApplyAsync(session, null, CancellationToken.None));
        var folders = session.Workspace.Current.State.Folders;
        session.InBackground("loading the workspace", () => WorkspaceLoader.LoadAsync(session, folders, CancellationToken.None));
    }
}

using SqlConn.Ide.Configuration;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>initialized</c>: registers the <c>*.sql</c>, <c>sqlconn.json</c> and catalog snapshot (<c>*.snapshot</c>,
/// as baselines are named) file watcher when the client lets servers register it, asks for the settings when the client answers <c>workspace/configuration</c>, and loads the
/// workspace folders in the background.
/// </summary>
internal sealed class InitializedHandler(LanguageServerSession session)
{
    public const string WatcherRegistrationId = "sqlconn/watch-sql";

    /// <summary>The catalog snapshots a baseline may name (<c>sqlconn run --save baseline/production.snapshot</c>).</summary>
    private const string SnapshotPattern = "**/*.snapshot";

    [JsonRpcMethod(Methods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public void Initialized(InitializedParams request)
    {
        var client = session.Client;
        if (client.Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
        {
            session.InBackground("registering the file watcher", () => client.RequestAsync<object>(Methods.RegisterCapability, new RegistrationParams(
                [new Registration(WatcherRegistrationId, Methods.DidChangeWatchedFiles, new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.sql"), new Protocol.FileSystemWatcher($"**/{SqlConnConfig.FileName}"), new Protocol.FileSystemWatcher(SnapshotPattern)]))]),
                CancellationToken.None));
        }

        session.InBackground("reading the settings", () => ConfigurationReader.ApplyAsync(session, null, CancellationToken.None));
        var folders = session.Workspace.Current.State.Folders;
        WorkspaceLoader.Start(session, folders, "loading the workspace");
    }
}

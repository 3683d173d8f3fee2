using System.Collections.Immutable;
using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Reads the <c>*.sql</c> files of the workspace folders and waits for their first analysis, with
/// work-done progress. Runs in the background: documents opened meanwhile are analysed at once, and
/// answers about the whole workspace wait until the files are read (<see cref="ServerWorkspace.ReadingFolders"/>,
/// marked before the handler returns, so a request that arrives next already waits).
/// </summary>
internal static class WorkspaceLoader
{
    public static void Start(LanguageServerSession session, ImmutableArray<string> folders, string what)
    {
        var reading = session.Workspace.ReadingFolders();
        session.InBackground(what, async () =>
        {
            using (reading)
            {
                await LoadAsync(session, folders, reading, CancellationToken.None);
            }
        });
    }

    private static async Task LoadAsync(LanguageServerSession session, ImmutableArray<string> folders, IDisposable reading, CancellationToken cancellationToken)
    {
        var client = session.Client;
        await using var progress = ProgressReporter.Begin(client, $"sqlconn/load/{Guid.NewGuid():N}", "Loading SQL scripts");
        var files = await Task.Run(() => WorkspaceFiles.Read(folders, problem => client.Log(MessageType.Warning, problem)).ToList(), cancellationToken);
        progress?.Report($"analysing {files.Count} scripts");
        session.Workspace.SetFolders(folders, files);
        reading.Dispose();
        await session.Analyses.CurrentAsync(cancellationToken);
        client.Log(MessageType.Info, $"loaded {files.Count} scripts from {folders.Length} workspace folders");
    }

    /// <summary>The local paths of workspace folder URIs; folders that are not local (not <c>file:</c>) are left out.</summary>
    public static ImmutableArray<string> Paths(IEnumerable<string> uris) =>
        [.. uris.Select(DocumentUri.TryGetPath).OfType<string>().Distinct(StringComparer.Ordinal)];
}

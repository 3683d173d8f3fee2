namespace SqlConn.Ide.Workspace;

/// <summary>
/// The order documents are analysed in, which is the order their statements run in: files by
/// local path (ordinal, as <c>sqlconn lint</c> orders a directory), then documents that are not
/// files (an editor's untitled buffers) by URI. The order a <c>sqlconn.json</c> lists will replace
/// the path order when that file is supported.
/// </summary>
public sealed class DocumentOrder : IComparer<WorkspaceDocument>
{
    public static DocumentOrder Instance { get; } = new();

    public int Compare(WorkspaceDocument? x, WorkspaceDocument? y) =>
        (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => Key(x) is var (xIsFile, xName) && Key(y) is var (yIsFile, yName) && xIsFile != yIsFile
                ? yIsFile.CompareTo(xIsFile)
                : string.CompareOrdinal(xName, yName),
        };

    private static (bool IsFile, string Name) Key(WorkspaceDocument document) =>
        DocumentUri.TryGetPath(document.Uri) is { } path ? (true, path) : (false, document.Uri);
}

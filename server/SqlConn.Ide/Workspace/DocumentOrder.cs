using System.Collections.Immutable;
using SqlConn.Ide.Configuration;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The order documents are analysed in, which is the order their statements run in (<see cref="Sort"/>):
/// first the files the project's <c>scripts</c> globs list, in the order <c>sqlconn lint</c> runs them
/// (<see cref="ScriptGlobs"/>); then the other files by local path (ordinal, as <c>sqlconn lint</c>
/// orders a directory); then documents that are not files (an editor's untitled buffers) by URI.
/// The project's baseline scripts are left out: they run before the workspace.
/// </summary>
public sealed class DocumentOrder : IComparer<WorkspaceDocument>
{
    public static DocumentOrder Instance { get; } = new();

    public static ImmutableArray<WorkspaceDocument> Sort(IEnumerable<WorkspaceDocument> documents, ProjectLayout project)
    {
        var ordered = documents.Where(d => !project.IsBaselineScript(d)).Order(Instance).ToList();
        if (project.Directory is not { } directory || project.Scripts.IsEmpty)
        {
            return [.. ordered];
        }

        var inProject = ordered
            .Select(d => (Document: d, Relative: DocumentUri.TryGetPath(d.Uri) is { } path ? Path.GetRelativePath(directory, path).Replace('\\', '/') : null))
            .Where(d => d.Relative is not null && !d.Relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(d.Relative))
            .ToDictionary(d => d.Relative ?? string.Empty, d => d.Document, StringComparer.Ordinal);
        var listed = ScriptGlobs.Select(project.Scripts, inProject.Keys).Files.Select(file => inProject[file]).ToList();
        return [.. listed, .. ordered.Except(listed)];
    }

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

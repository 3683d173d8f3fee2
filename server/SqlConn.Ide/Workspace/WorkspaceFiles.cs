using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The <c>*.sql</c> files of the workspace folders on disk. Folders whose name starts with a dot
/// (<c>.git</c>, <c>.vscode</c>) and <c>node_modules</c> are skipped; a file or folder that cannot be
/// read is reported through the callback and left out, never thrown.
/// </summary>
public static class WorkspaceFiles
{
    public const string Pattern = "*.sql";

    /// <summary>Every script under <paramref name="folders"/>, read as UTF-8 (invalid bytes become U+FFFD).</summary>
    public static IEnumerable<(string Path, SourceText Text)> Read(IEnumerable<string> folders, Action<string> problem)
    {
        foreach (var path in folders.SelectMany(folder => Find(folder, problem)).Distinct(StringComparer.Ordinal))
        {
            if (TryRead(path, problem) is { } text)
            {
                yield return (path, text);
            }
        }
    }

    /// <summary>The text of one script, or null when it cannot be read (it was deleted, or is not readable).</summary>
    public static SourceText? TryRead(string path, Action<string> problem)
    {
        try
        {
            return SourceText.From(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem($"cannot read {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>True for a path analysed as a script: a <c>.sql</c> file inside one of <paramref name="folders"/>.</summary>
    public static bool IsScript(string path, IEnumerable<string> folders) =>
        path.EndsWith(".sql", StringComparison.Ordinal)
        && folders.Any(folder => Path.GetRelativePath(folder, path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            && !relative.Split(Path.DirectorySeparatorChar).SkipLast(1).Any(IsSkipped));

    private static IEnumerable<string> Find(string folder, Action<string> problem)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var directory))
        {
            string[] files, directories;
            try
            {
                files = Directory.GetFiles(directory, Pattern);
                directories = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem($"cannot list {directory}: {e.Message}");
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var child in directories.Where(d => !IsSkipped(Path.GetFileName(d))))
            {
                pending.Push(child);
            }
        }
    }

    private static bool IsSkipped(string directoryName) => directoryName.StartsWith('.') || directoryName == "node_modules";
}

namespace SqlConn.Ide.Tests.Support;

/// <summary>The scripts of the repository's test data, for properties that must hold on any script.</summary>
internal static class Corpus
{
    private const string Separator = "\n----\n";

    /// <summary>The .sql and .test files under the folders of tests/testdata, as paths relative to it, sorted.</summary>
    public static TheoryData<string> Files(params string[] folders) =>
        [.. folders
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.TestData(folder), "*", SearchOption.AllDirectories))
            .Where(p => p.EndsWith(".sql", StringComparison.Ordinal) || p.EndsWith(".test", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepositoryPaths.TestData(), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The script of a file: a .test file's input (before its first <c>----</c> line), without cursor markers.</summary>
    public static string Script(string path)
    {
        var text = File.ReadAllText(RepositoryPaths.TestData(path)).ReplaceLineEndings("\n");
        var end = text.IndexOf(Separator, StringComparison.Ordinal);
        return Fixture.Unmark(end < 0 ? text : text[..(end + 1)]).Text;
    }
}

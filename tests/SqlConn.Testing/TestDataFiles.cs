using Xunit;

namespace SqlConn.Testing;

public static class TestDataFiles
{
    /// <summary>The names of the files of a tests/testdata folder, sorted.</summary>
    public static IEnumerable<string> Names(string folder, string pattern) =>
        Directory.EnumerateFiles(RepositoryPaths.TestData(folder), pattern)
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    /// <summary>The file names as xunit theory data.</summary>
    public static TheoryData<string> Theory(string folder, string pattern) => [.. Names(folder, pattern)];
}

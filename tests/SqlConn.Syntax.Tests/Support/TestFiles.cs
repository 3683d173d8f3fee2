namespace SqlConn.Syntax.Tests.Support;

internal static class TestFiles
{
    /// <summary>The SQL of every statement source used by the tests: the inputs of the syntax tests and the seed examples.</summary>
    public static IEnumerable<(string Name, string Sql)> AllSql() =>
        TestDataFiles.Names("syntax", "*.test").Select(n => ("syntax/" + n, TestDataFile.Read(RepositoryPaths.TestData("syntax", n)).Input))
            .Concat(TestDataFiles.Names("seeds", "*.sql").Select(n => ("seeds/" + n, File.ReadAllText(RepositoryPaths.TestData("seeds", n)))));

    /// <summary>Every example and every test data file of every area (inputs and expected outputs), relative to the repository, in order.</summary>
    public static IEnumerable<string> ExamplesAndTestData() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "examples"), "*.sql", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.TestData(), "*", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .Order(StringComparer.Ordinal);
}

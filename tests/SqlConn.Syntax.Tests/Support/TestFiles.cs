namespace SqlConn.Syntax.Tests.Support;

internal static class TestFiles
{
    /// <summary>The names of the files of a tests/testdata folder, sorted.</summary>
    public static IEnumerable<string> Names(string folder, string pattern) =>
        Directory.EnumerateFiles(RepositoryPaths.TestData(folder), pattern)
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    /// <summary>The SQL of every statement source used by the tests: the inputs of the syntax tests and the seed examples.</summary>
    public static IEnumerable<(string Name, string Sql)> AllSql() =>
        Names("syntax", "*.test").Select(n => ("syntax/" + n, TestDataFile.Read(RepositoryPaths.TestData("syntax", n)).Input))
            .Concat(Names("seeds", "*.sql").Select(n => ("seeds/" + n, File.ReadAllText(RepositoryPaths.TestData("seeds", n)))));
}

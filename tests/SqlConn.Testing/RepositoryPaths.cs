namespace SqlConn.Testing;

/// <summary>
/// Paths in the source tree. Data files are read from (and, with UPDATE_TESTDATA=1, written to) the
/// repository itself, found by walking up from the test assembly to the folder holding LangServer.sln.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestData(params string[] parts) => Path.Combine([Root, "tests", "testdata", .. parts]);

    /// <summary>True when expected outputs should be rewritten instead of compared.</summary>
    public static bool UpdateTestData => Environment.GetEnvironmentVariable("UPDATE_TESTDATA") == "1";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LangServer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"LangServer.sln not found above {AppContext.BaseDirectory}");
    }
}

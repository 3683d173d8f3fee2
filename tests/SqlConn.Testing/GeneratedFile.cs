namespace SqlConn.Testing;

/// <summary>
/// A committed file generated from the code (a documentation page, a schema): <see cref="Check"/> fails
/// with a line diff when the file differs from what the code generates, or, with UPDATE_TESTDATA=1,
/// rewrites it.
/// </summary>
public static class GeneratedFile
{
    public static void Check(string path, string generated)
    {
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (committed == generated)
        {
            return;
        }

        if (RepositoryPaths.UpdateTestData)
        {
            File.WriteAllText(path, generated);
            return;
        }

        Xunit.Assert.Fail($"{path} is stale (- committed, + generated; UPDATE_TESTDATA=1 regenerates it):\n{LineDiff.Between(committed, generated)}");
    }
}

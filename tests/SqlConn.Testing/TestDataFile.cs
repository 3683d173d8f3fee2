namespace SqlConn.Testing;

/// <summary>
/// A data-driven test file: the input, a line holding only <c>----</c>, then the expected output.
/// <see cref="Check"/> compares the actual output with the expected one, or, with UPDATE_TESTDATA=1,
/// rewrites the expected part.
/// </summary>
public sealed record TestDataFile(string Path, string Input, string Expected)
{
    public const string Separator = "----";

    public static TestDataFile Read(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (text.StartsWith(Separator + "\n", StringComparison.Ordinal))
        {
            return new TestDataFile(path, string.Empty, text[(Separator.Length + 1)..]);
        }

        var marker = text.IndexOf("\n" + Separator + "\n", StringComparison.Ordinal);
        return marker < 0
            ? new TestDataFile(path, text, string.Empty)
            : new TestDataFile(path, text[..(marker + 1)], text[(marker + Separator.Length + 2)..]);
    }

    /// <summary>Fails with a line diff when <paramref name="actual"/> differs from the expected output.</summary>
    public void Check(string actual)
    {
        if (actual == Expected)
        {
            return;
        }

        if (RepositoryPaths.UpdateTestData)
        {
            File.WriteAllText(Path, Input + Separator + "\n" + actual);
            return;
        }

        Xunit.Assert.Fail($"{Path}: output differs (- expected, + actual; UPDATE_TESTDATA=1 rewrites it):\n{LineDiff.Between(Expected, actual)}");
    }
}

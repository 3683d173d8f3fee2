using System.Text;

using Xunit;

namespace SqlConn.Testing;

/// <summary>
/// A data-driven test file of many small cases (unlike <see cref="TestDataFile"/>, which holds one):
/// input lines, a <c>----</c> line, then the expected output up to a blank line. Lines starting with <c>#</c> between cases are
/// comments. <see cref="Verify"/> runs every case and reports all mismatches at once; with
/// <c>UPDATE_TESTDATA=1</c> it rewrites the file with the actual outputs instead (review the diff).
/// </summary>
public sealed class TestCaseFile
{
    private const string Separator = "----";

    private readonly List<string> lines;

    private TestCaseFile(string path, List<string> lines)
    {
        Path = path;
        this.lines = lines;
    }

    public string Path { get; }

    private static string Root => RepositoryPaths.TestData();

    /// <summary>The <c>.test</c> files of one folder of <see cref="Root"/>, as paths relative to it.</summary>
    public static IEnumerable<string> In(string folder) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Root, folder), "*.test")
            .Select(p => System.IO.Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TestCaseFile Load(string relativePath)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        return new TestCaseFile(path, [.. File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n')]);
    }

    /// <summary>Runs <paramref name="run"/> on each case's input; fails listing every case whose output differs.</summary>
    public void Verify(Func<string, string> run)
    {
        var output = new StringBuilder();
        var failures = new StringBuilder();
        var cases = 0;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                output.Append(lines[i]).Append('\n');
                i++;
                continue;
            }

            var start = i;
            var input = new List<string>();
            while (i < lines.Count && lines[i] != Separator)
            {
                input.Add(lines[i++]);
            }

            Assert.True(i < lines.Count, $"{Path}:{start + 1}: case without a '{Separator}' line");
            i++;
            var expected = new List<string>();
            while (i < lines.Count && lines[i].Length > 0)
            {
                expected.Add(lines[i++]);
            }

            cases++;
            var text = string.Join('\n', input);
            var actual = run(text).TrimEnd('\n');
            if (actual != string.Join('\n', expected))
            {
                failures.Append($"{Path}:{start + 1}:\n{text}\n---- expected\n{string.Join('\n', expected)}\n---- actual\n{actual}\n\n");
            }

            output.Append(text).Append('\n').Append(Separator).Append('\n').Append(actual).Append('\n');
        }

        Assert.True(cases > 0, $"{Path}: no test cases");
        if (RepositoryPaths.UpdateTestData)
        {
            File.WriteAllText(Path, output.ToString().TrimEnd('\n') + "\n");
            return;
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>The file's lines, for checks across its cases (e.g. which diagnostic codes they cover).</summary>
    public IReadOnlyList<string> Lines => lines;
}

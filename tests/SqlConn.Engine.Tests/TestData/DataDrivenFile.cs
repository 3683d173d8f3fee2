using System.Text;

namespace SqlConn.Engine.Tests.TestData;

/// <summary>
/// A data-driven test file under <c>tests/testdata</c>: cases of input lines, a <c>----</c> line,
/// then the expected output up to a blank line. Lines starting with <c>#</c> between cases are
/// comments. <see cref="Verify"/> runs every case and reports all mismatches at once; with
/// <c>UPDATE_TESTDATA=1</c> it rewrites the file with the actual outputs instead (review the diff).
/// </summary>
public sealed class DataDrivenFile
{
    private const string Separator = "----";

    private readonly List<string> lines;

    private DataDrivenFile(string path, List<string> lines)
    {
        Path = path;
        this.lines = lines;
    }

    public string Path { get; }

    /// <summary>The repository's <c>tests/testdata</c> folder (found from the test binaries upwards).</summary>
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, "tests", "testdata");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/testdata not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The <c>.test</c> files of one folder of <see cref="Root"/>, as paths relative to it.</summary>
    public static IEnumerable<string> In(string folder) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Root, folder), "*.test")
            .Select(p => System.IO.Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static DataDrivenFile Load(string relativePath)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        return new DataDrivenFile(path, [.. File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n')]);
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
        if (Environment.GetEnvironmentVariable("UPDATE_TESTDATA") == "1")
        {
            File.WriteAllText(Path, output.ToString().TrimEnd('\n') + "\n");
            return;
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>The file's lines, for checks across its cases (e.g. which diagnostic codes they cover).</summary>
    public IReadOnlyList<string> Lines => lines;
}

namespace SqlConn.Cli.Tests.Ci;

/// <summary>
/// <c>sqlconn lint</c> on the fixture project tests/testdata/ci/project (a sqlconn.json, a baseline,
/// migrations in several files, suppressions), one golden file per command line in tests/testdata/ci/lint:
/// the arguments, a <c>----</c> line, then the exit code, standard output and standard error of the built
/// <c>sqlconn</c> run in the project folder. UPDATE_TESTDATA=1 rewrites the expected part.
/// </summary>
public sealed class LintGoldenTests
{
    public static TheoryData<string> Files => TestDataFiles.Theory(Path.Combine("ci", "lint"), "*.test");

    public static string Project => RepositoryPaths.TestData("ci", "project");

    [Theory]
    [MemberData(nameof(Files))]
    public void Output_matches_the_golden_file(string name)
    {
        var file = TestDataFile.Read(RepositoryPaths.TestData("ci", "lint", name));

        var result = SqlConnProcess.Run(Project, CommandLine.Split(file.Input.Trim()));

        file.Check(Render(result));
    }

    internal static string Render(RunResult result) =>
        $"exit {result.ExitCode}\n{result.Stdout}" + (result.Stderr.Length > 0 ? $"-- stderr --\n{result.Stderr}" : string.Empty);
}

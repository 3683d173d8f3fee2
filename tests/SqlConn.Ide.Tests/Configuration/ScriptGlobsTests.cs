using SqlConn.Ide.Configuration;

namespace SqlConn.Ide.Tests.Configuration;

/// <summary>The execution order of a project's scripts: glob by glob, path order within each, each file once.</summary>
public sealed class ScriptGlobsTests
{
    private static readonly string[] Files =
    [
        "migrations/002_kafka.sql", "migrations/001_secrets.sql", "migrations/010_late.sql", "migrations/notes.txt",
        "hotfixes/2024/b.sql", "hotfixes/a.sql", "seed.sql", "migrations\\003_windows.sql",
    ];

    [Theory]
    [InlineData("migrations/*.sql", "migrations/001_secrets.sql migrations/002_kafka.sql migrations/003_windows.sql migrations/010_late.sql")]
    [InlineData("hotfixes/**/*.sql|seed.sql", "hotfixes/2024/b.sql hotfixes/a.sql seed.sql")]
    [InlineData("seed.sql|migrations/*.sql|migrations/001_secrets.sql", "seed.sql migrations/001_secrets.sql migrations/002_kafka.sql migrations/003_windows.sql migrations/010_late.sql")]
    [InlineData("./seed.sql", "seed.sql")]
    [InlineData("**/*.txt", "migrations/notes.txt")]
    public void Files_run_glob_by_glob_in_path_order(string globs, string expected)
    {
        var selection = ScriptGlobs.Select(globs.Split('|'), Files);

        Assert.Equal(expected.Split(' '), selection.Files.AsEnumerable());
        Assert.Empty(selection.Unmatched);
    }

    [Fact]
    public void Globs_that_match_nothing_are_reported_in_order()
    {
        var selection = ScriptGlobs.Select(["migrations/*.SQL", "seed.sql", "missing.sql"], Files);

        Assert.Equal(["seed.sql"], selection.Files.AsEnumerable());
        Assert.Equal(["migrations/*.SQL", "missing.sql"], selection.Unmatched.AsEnumerable());
    }
}

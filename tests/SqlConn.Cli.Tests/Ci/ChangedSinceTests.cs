using System.Diagnostics;

namespace SqlConn.Cli.Tests.Ci;

/// <summary>
/// <c>--changed-since REF</c> on a git repository the test creates: only the files changed since the
/// branch left REF are reported (committed, modified or new), but the whole project runs for context.
/// </summary>
public sealed class ChangedSinceTests
{
    [Fact]
    public void Only_changed_files_are_linted_and_earlier_migrations_still_give_context()
    {
        using var dir = new TempDirectory();
        dir.Write("sqlconn.json", """{ "scripts": ["migrations/*.sql"] }""");
        dir.Write("migrations/001_secret.sql", "CREATE SECRET pg_password AS 'x';\nDROP SECRET never_existed;\n");
        dir.Write("migrations/002_untouched.sql", "CREATE SECRET other AS 'x';\nDROP SECRET never_existed_either;\n");
        Commit(dir, init: true);
        Git(dir.Path, "checkout", "--quiet", "-b", "feature");
        dir.Write("migrations/003_committed.sql", "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'u', DATABASE 'd', PASSWORD SECRET pg_password);\n");
        Commit(dir, init: false);
        dir.Write("migrations/004_new.sql", "DROP SECRET missing;\n");

        var result = dir.Run("lint", "--changed-since", "main", "--format", "github");

        Assert.Equal(
            "::error file=migrations/004_new.sql,line=1,col=13,endLine=1,endColumn=20,title=SC2001::unknown catalog item 'missing'\n"
            + "2 files checked: 1 error, 0 warnings (2 more executed for context)\n",
            result.Stdout);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_modified_file_of_the_current_branch_is_linted_even_when_uncommitted()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "CREATE SECRET a AS 'x';\n");
        dir.Write("b.sql", "CREATE SECRET b AS 'x';\n");
        Commit(dir, init: true);
        dir.Write("b.sql", "CREATE SECRET b = 'x';\n");

        var result = dir.Run("lint", "--changed-since", "HEAD", "a.sql", "b.sql");

        Assert.StartsWith("b.sql:1:17: error SC1001", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 error, 0 warnings (1 more executed for context)\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_means_nothing_to_report()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "DROP SECRET missing;\n");
        Commit(dir, init: true);

        var result = dir.Run("lint", "--changed-since", "main", "a.sql");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 files checked: 0 errors, 0 warnings\n", result.Stdout);
    }

    [Theory]
    [InlineData("no-such-branch", "sqlconn: --changed-since no-such-branch: git merge-base no-such-branch HEAD failed: fatal: Not a valid object name no-such-branch")]
    [InlineData("--output=x", "sqlconn: --changed-since: \"--output=x\" is not a git reference (a branch, tag or commit)")]
    public void A_reference_git_does_not_know_exits_2(string reference, string message)
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "CREATE SECRET a AS 'x';\n");
        Commit(dir, init: true);

        var result = dir.Run("lint", $"--changed-since={reference}", "a.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_repository_exits_2()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sql", "CREATE SECRET a AS 'x';\n");

        var result = dir.Run("lint", "--changed-since", "main", "a.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sqlconn: --changed-since main: git rev-parse --show-cdup failed: fatal: not a git repository", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Commits everything in the directory, on a new repository's main branch when <paramref name="init"/>.</summary>
    private static void Commit(TempDirectory dir, bool init)
    {
        if (init)
        {
            Git(dir.Path, "init", "--quiet", "--initial-branch=main");
        }

        Git(dir.Path, "add", ".");
        Git(dir.Path, "commit", "--quiet", "-m", "change");
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", "user.name=SqlConn Tests", "-c", "user.email=tests@sqlconn.invalid", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start git");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}

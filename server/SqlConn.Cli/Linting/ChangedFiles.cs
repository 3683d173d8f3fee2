using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;

namespace SqlConn.Cli.Linting;

/// <summary>
/// <c>--changed-since REF</c>: the files that differ from where the current branch left
/// <c>REF</c> (the merge base): changes committed since, staged, unstaged, and new files git does not
/// ignore. Asks git, run as a process in the working directory's repository.
/// </summary>
internal static class ChangedFiles
{
    /// <summary>Full paths of the changed files.</summary>
    public static ImmutableHashSet<string> Since(string reference)
    {
        if (reference.Length == 0 || reference.StartsWith('-'))
        {
            throw new UsageException($"--changed-since: \"{reference}\" is not a git reference (a branch, tag or commit)");
        }

        var cwd = Directory.GetCurrentDirectory();

        // --show-cdup rather than --show-toplevel: the path stays in the namespace of the working
        // directory, as the linted files' full paths are, even when a folder above is a symbolic link.
        var top = Path.GetFullPath(Path.Combine(cwd, Git(reference, cwd, "rev-parse", "--show-cdup").Trim()));
        var mergeBase = Git(reference, top, "merge-base", reference, "HEAD").Trim();
        var changed = Git(reference, top, "diff", "--name-only", "-z", "--no-renames", mergeBase, "--")
            + Git(reference, top, "ls-files", "-z", "--others", "--exclude-standard");
        return [.. changed.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(name => Path.GetFullPath(Path.Combine(top, name)))];
    }

    private static string Git(string reference, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new UsageException("--changed-since: could not start git");
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = error.Result.Trim().Replace('\n', ' ');
                throw new UsageException($"--changed-since {reference}: git {string.Join(' ', arguments)} failed: {message}"
                    + (arguments[0] == "merge-base" ? " (is the history of both fetched? in CI, fetch it, e.g. actions/checkout with fetch-depth: 0)" : string.Empty));
            }

            return output;
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"--changed-since needs git on the PATH: {e.Message}");
        }
    }
}

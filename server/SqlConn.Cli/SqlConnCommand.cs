using System.CommandLine;
using SqlConn.Cli.Commands;

namespace SqlConn.Cli;

/// <summary>
/// The <c>sqlconn</c> command line. Exit codes are the same for every command: 0 success,
/// 1 the input has errors, 2 usage or I/O problem (message on stderr).
/// </summary>
public static class SqlConnCommand
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("SqlConn: language tooling for Materialize connections and secrets and CockroachDB external connections.")
        {
            LintCommand.Create(stdout, stderr),
            RunCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args, new ParserConfiguration());
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"sqlconn: {error.Message}");
            }

            stderr.WriteLine("Run 'sqlconn --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}

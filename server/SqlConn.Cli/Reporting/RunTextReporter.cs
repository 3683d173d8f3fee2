using SqlConn.Cli.Commands;
using SqlConn.Engine.Execution;

namespace SqlConn.Cli.Reporting;

/// <summary><c>sqlconn run</c>'s text output: each script's run as psql would show it (<see cref="RunText"/>).</summary>
internal static class RunTextReporter
{
    public static void Write(IEnumerable<(LoadedScript Script, ScriptRun Run)> runs, TextWriter output)
    {
        foreach (var (script, run) in runs)
        {
            RunText.Write(output, script.Path, script.Text, run);
        }
    }
}

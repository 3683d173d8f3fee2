using SqlConn.Engine.Execution;

namespace SqlConn.Cli.Reporting;

/// <summary><c>sqlconn run</c>'s text output: each script's run as psql would show it (<see cref="RunText"/>).</summary>
internal static class RunTextReporter
{
    public static void Write(IEnumerable<ScriptRunReport> runs, bool explainPrivileges, TextWriter output)
    {
        foreach (var report in runs)
        {
            RunText.Write(output, report.Script.Path, report.Script.Text, report.Run, explainPrivileges ? report.Run.Initial : null);
        }
    }
}

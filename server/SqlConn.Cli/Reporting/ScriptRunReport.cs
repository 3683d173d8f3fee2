using SqlConn.Cli.Commands;
using SqlConn.Engine.Execution;

namespace SqlConn.Cli.Reporting;

/// <summary>A script and its run (which holds the state it started in, <see cref="ScriptRun.Initial"/>).</summary>
internal sealed record ScriptRunReport(LoadedScript Script, ScriptRun Run);

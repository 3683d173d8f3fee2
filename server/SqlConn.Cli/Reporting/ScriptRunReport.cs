using SqlConn.Cli.Commands;
using SqlConn.Engine.Execution;

namespace SqlConn.Cli.Reporting;

/// <summary>A script, the state it started from, and its run.</summary>
internal sealed record ScriptRunReport(LoadedScript Script, EngineState Before, ScriptRun Run);

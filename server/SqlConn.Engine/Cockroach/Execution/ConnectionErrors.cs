using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Execution;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>The missing-connection error, with the wrapper of the statement that loads the connection (spec §7).</summary>
internal static class ConnectionErrors
{
    public static StatementFailedException NotFound(string name, TextSpan span, string? wrapper = null) =>
        StatementContext.Fail(CockroachDiagnostics.UnknownExternalConnection,
            (wrapper is null ? string.Empty : wrapper + ": ") + $"external connection with name {name} does not exist", span);
}

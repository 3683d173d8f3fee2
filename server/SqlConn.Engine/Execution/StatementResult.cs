using System.Collections.Immutable;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Execution;

/// <summary>
/// What a statement did, as a database client would see it: a command tag (<c>CREATE CONNECTION</c>,
/// <c>SELECT 2</c>), result rows for queries and SHOW, notices, or the error it failed with (then the
/// catalog is unchanged).
/// </summary>
public sealed record StatementResult(
    string? Tag,
    ImmutableArray<RelationColumn> Columns,
    ImmutableArray<ImmutableArray<SqlValue>> Rows,
    ImmutableArray<Notice> Notices,
    EngineError? Error)
{
    public bool Failed => Error is not null;

    public static StatementResult Failure(EngineError error, ImmutableArray<Notice> notices) => new(null, [], [], notices, error);

    /// <summary>
    /// The lint diagnostics of this result as severe as <paramref name="least"/> or more: the error and the
    /// notices that have a code. A notice below it is not converted, so what it defers (the SSH keys a
    /// rotation names) is not computed.
    /// </summary>
    public IEnumerable<Diagnostic> DiagnosticsAtLeast(DiagnosticSeverity least)
    {
        if (Error?.ToDiagnostic() is { } error && error.Severity <= least)
        {
            yield return error;
        }

        foreach (var notice in Notices)
        {
            if (notice.LintSeverity <= least && notice.ToDiagnostic() is { } diagnostic)
            {
                yield return diagnostic;
            }
        }
    }
}

/// <summary>The result of one statement and the state after it.</summary>
public sealed record StatementExecution(EngineState State, StatementResult Result);

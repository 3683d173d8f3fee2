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

    /// <summary>The lint diagnostics of this result: the error and the notices that have a code.</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        Error is null && Notices.IsEmpty
            ? []
            : (Error is null ? [] : new[] { Error.ToDiagnostic() }).Concat(Notices.Select(n => n.ToDiagnostic()).OfType<Diagnostic>());
}

/// <summary>The result of one statement and the state after it.</summary>
public sealed record StatementExecution(EngineState State, StatementResult Result);

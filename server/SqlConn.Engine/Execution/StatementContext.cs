using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Execution;

/// <summary>
/// The working state of one statement's execution: handlers read and replace the catalog and the
/// session, add notices and set the tag or rows. Nothing here outlives the statement: the executor
/// turns it into an immutable <see cref="StatementExecution"/>, or discards it when the statement fails.
/// </summary>
internal sealed class StatementContext(EngineState state, ParsedStatement statement)
{
    private readonly List<Notice> notices = [];

    public Catalog.Catalog Catalog { get; set; } = state.Catalog;

    public Session Session { get; set; } = state.Session;

    public ParsedStatement Statement => statement;

    public string? Tag { get; set; }

    public ImmutableArray<RelationColumn> Columns { get; private set; } = [];

    public ImmutableArray<ImmutableArray<SqlValue>> Rows { get; private set; } = [];

    public IReadOnlyList<Notice> Notices => notices;

    public void Notice(Notice notice) => notices.Add(notice);

    public void Notice(DiagnosticDescriptor? descriptor, string message, TextSpan span, string? detail = null, string? hint = null) =>
        notices.Add(new Notice(message, span, descriptor, detail, hint));

    public void Warnings(IEnumerable<EngineError> warnings) => notices.AddRange(warnings.Select(Execution.Notice.From));

    /// <summary>Sets a query result; the tag becomes <c>SELECT n</c>.</summary>
    public void Result(ImmutableArray<RelationColumn> columns, ImmutableArray<ImmutableArray<SqlValue>> rows)
    {
        Columns = columns;
        Rows = rows;
        Tag = $"SELECT {rows.Length}";
    }

    public static StatementFailedException Fail(DiagnosticDescriptor descriptor, string message, TextSpan span, string? detail = null, string? hint = null) =>
        new(new EngineError(descriptor, message, span, detail, hint));

    /// <summary>
    /// A missing privilege: the statement fails, or, when the session only warns (<c>lint --role</c>), the
    /// error becomes a warning and the statement goes on.
    /// </summary>
    public void Deny(EngineError error)
    {
        if (Session.PrivilegeMode == PrivilegeMode.Enforce)
        {
            throw new StatementFailedException(error);
        }

        notices.Add(Execution.Notice.From(error) with { Severity = DiagnosticSeverity.Warning });
    }

    public StatementExecution Finish() =>
        new(new EngineState(Catalog, Session), new StatementResult(Tag, Columns, Rows, [.. notices], null));
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Preview;

/// <summary>
/// What the simulator answered to one statement, as <c>sqlconn run --format json</c> reports it:
/// <see cref="Sql"/> is the statement printed with its secret values masked, <see cref="Line"/> the
/// 1-based line it starts on, <see cref="Status"/> <c>ok</c> or <c>error</c>, <see cref="Rows"/> the
/// values formatted as the database prints them (null for SQL NULL). <see cref="Span"/> places the
/// statement in its document.
/// </summary>
public sealed record StatementPreview(
    int Index,
    TextSpan Span,
    string Sql,
    int Line,
    string Status,
    string? Tag,
    ImmutableArray<string> Columns,
    ImmutableArray<ImmutableArray<string?>> Rows,
    ImmutableArray<PreviewNotice> Notices,
    PreviewError? Error);

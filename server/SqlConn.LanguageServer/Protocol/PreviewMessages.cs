using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SqlConn.LanguageServer.Protocol;

/// <summary>
/// <c>sqlconn/preview</c>: the statement to preview up to, by <see cref="Position"/> (the statement
/// there, or the last one before it) or by <see cref="Statement"/> index; neither means the whole document.
/// </summary>
public sealed record PreviewParams(TextDocumentIdentifier TextDocument, Position? Position = null, int? Statement = null);

/// <summary>The simulator's answers for the statements up to the previewed one, of the document at <see cref="Version"/>.</summary>
public sealed record PreviewResult(string Uri, int Version, ImmutableArray<PreviewStatement> Statements);

/// <summary>One statement's answer, with the fields of <c>sqlconn run --format json</c>, and its index and range.</summary>
public sealed record PreviewStatement(
    int Index,
    Range Range,
    string Sql,
    int Line,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Tag,
    ImmutableArray<string> Columns,
    ImmutableArray<ImmutableArray<string?>> Rows,
    ImmutableArray<PreviewNotice> Notices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] PreviewError? Error);

public sealed record PreviewNotice(
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Hint,
    string Level);

public sealed record PreviewError(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Hint);

using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SqlConn.LanguageServer.Protocol;

/// <summary><see cref="Severity"/>: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    string Source,
    string Message,
    ImmutableArray<DiagnosticRelatedInformation>? RelatedInformation = null);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<Diagnostic> Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);

/// <summary>
/// A document's diagnostics: <see cref="Kind"/> <c>full</c> with <see cref="Items"/>, or
/// <c>unchanged</c> when they are the ones of <see cref="ResultId"/>.
/// </summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, ImmutableArray<Diagnostic>? Items);

/// <summary>A document's report in a workspace report: <see cref="Version"/> is null for a document that is not open.</summary>
public sealed record WorkspaceDocumentDiagnosticReport(
    string Kind,
    string ResultId,
    ImmutableArray<Diagnostic>? Items,
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version);

public sealed record WorkspaceDiagnosticParams(ImmutableArray<PreviousResultId> PreviousResultIds, string? Identifier = null);

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticReport(ImmutableArray<WorkspaceDocumentDiagnosticReport> Items);

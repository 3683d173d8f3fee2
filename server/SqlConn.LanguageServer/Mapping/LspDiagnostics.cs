using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.LanguageServer.Server;
using SyntaxDiagnostic = SqlConn.Syntax.Diagnostics.Diagnostic;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// A document's diagnostics as LSP diagnostics: exactly what <c>sqlconn lint</c> reports
/// (<see cref="DocumentReport"/>: <see cref="DocumentDiagnostics"/> under the project's lint policy
/// and the document's suppression comments), on the exact span, with the code, the DETAIL and HINT
/// lines under the message, and where the objects it names were created as related information.
/// </summary>
internal static class LspDiagnostics
{
    public const string Source = "sqlconn";

    public static ImmutableArray<Diagnostic> For(AnalysisSnapshot snapshot, DocumentAnalysis analysis) =>
        [.. snapshot.Reports.For(analysis).Diagnostics.Select(d => ToLsp(snapshot, analysis, d))];

    private static Diagnostic ToLsp(AnalysisSnapshot snapshot, DocumentAnalysis analysis, ReportedDiagnostic reported) =>
        new(LspPositions.ToLsp(analysis.Text, reported.Diagnostic.Span), (int)reported.Diagnostic.Severity + 1, reported.Diagnostic.Code, Source, Message(reported.Diagnostic))
        {
            RelatedInformation = reported.Related.IsEmpty
                ? null
                : [.. reported.Related.Select(r => new DiagnosticRelatedInformation(Location(snapshot, analysis, r), r.Message))],
        };

    /// <summary>Where a related object was created: most often in the document itself, whose text is at hand.</summary>
    private static Location Location(AnalysisSnapshot snapshot, DocumentAnalysis analysis, RelatedLocation related) =>
        related.Uri == analysis.Uri ? new(related.Uri, LspPositions.ToLsp(analysis.Text, related.Span)) : LspPositions.ToLocation(snapshot, related.Uri, related.Span);

    private static string Message(SyntaxDiagnostic diagnostic) =>
        diagnostic.Message
        + (diagnostic.Detail is { } detail ? $"\nDETAIL: {detail}" : string.Empty)
        + (diagnostic.Hint is { } hint ? $"\nHINT: {hint}" : string.Empty);
}

using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.LanguageServer.Server;
using SyntaxDiagnostic = SqlConn.Syntax.Diagnostics.Diagnostic;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// A document's diagnostics as LSP diagnostics: exactly what <c>sqlconn lint</c> reports
/// (<see cref="DocumentDiagnostics"/> under the project's lint policy and the document's
/// suppression comments, <see cref="DocumentLint"/>), on the exact span, with the code, the
/// DETAIL and HINT lines under the message, and where the objects it names were created as related
/// information (<see cref="ObjectOrigins"/>).
/// </summary>
internal static class LspDiagnostics
{
    public const string Source = "sqlconn";

    public static ImmutableArray<Diagnostic> For(AnalysisSnapshot snapshot, DocumentAnalysis analysis) =>
        [.. DocumentLint.Apply(analysis, DocumentDiagnostics.Compute(analysis), snapshot.State.Configuration.Policy).Diagnostics.Select(d => ToLsp(snapshot, analysis, d))];

    private static Diagnostic ToLsp(AnalysisSnapshot snapshot, DocumentAnalysis analysis, SyntaxDiagnostic diagnostic) =>
        new(LspPositions.ToLsp(analysis.Text, diagnostic.Span), (int)diagnostic.Severity + 1, diagnostic.Code, Source, Message(diagnostic))
        {
            RelatedInformation = snapshot.Origins.For(analysis, diagnostic) is { IsEmpty: false } related
                ? [.. related.Select(r => new DiagnosticRelatedInformation(LspPositions.ToLocation(snapshot, r.Uri, r.Span), r.Message))]
                : null,
        };

    private static string Message(SyntaxDiagnostic diagnostic) =>
        diagnostic.Message
        + (diagnostic.Detail is { } detail ? $"\nDETAIL: {detail}" : string.Empty)
        + (diagnostic.Hint is { } hint ? $"\nHINT: {hint}" : string.Empty);
}

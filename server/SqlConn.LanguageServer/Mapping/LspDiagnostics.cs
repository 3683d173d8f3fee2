using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SyntaxDiagnostic = SqlConn.Syntax.Diagnostics.Diagnostic;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// A document's diagnostics as LSP diagnostics: exactly what <c>sqlconn lint</c> reports
/// (<see cref="DocumentDiagnostics"/> under the project's lint policy and the document's
/// suppression comments, <see cref="DocumentLint"/>), on the exact span, with the code, and the
/// DETAIL and HINT lines under the message.
/// </summary>
internal static class LspDiagnostics
{
    public const string Source = "sqlconn";

    public static ImmutableArray<Diagnostic> For(DocumentAnalysis analysis, LintPolicy policy) =>
        [.. DocumentLint.Apply(analysis, DocumentDiagnostics.Compute(analysis), policy).Diagnostics.Select(d => ToLsp(analysis, d))];

    private static Diagnostic ToLsp(DocumentAnalysis analysis, SyntaxDiagnostic diagnostic) =>
        new(LspPositions.ToLsp(analysis.Text, diagnostic.Span), (int)diagnostic.Severity + 1, diagnostic.Code, Source, Message(diagnostic));

    private static string Message(SyntaxDiagnostic diagnostic) =>
        diagnostic.Message
        + (diagnostic.Detail is { } detail ? $"\nDETAIL: {detail}" : string.Empty)
        + (diagnostic.Hint is { } hint ? $"\nHINT: {hint}" : string.Empty);
}

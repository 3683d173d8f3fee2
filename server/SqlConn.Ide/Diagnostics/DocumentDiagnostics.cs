using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// The diagnostics of an analysed document, with absolute spans, in text order: its syntax diagnostics,
/// then the simulator's errors and warnings, including the whole-script ones (a changed secret running
/// sources never reload). The simulator's informational notices (a validation it did not perform, keys
/// to install) belong to the preview, not to lint. A statement with syntax errors
/// was not executed and adds nothing beyond them. <c>sqlconn lint</c> and the language server both
/// report exactly these.
/// </summary>
public static class DocumentDiagnostics
{
    public static ImmutableArray<Diagnostic> Compute(DocumentAnalysis analysis) =>
        [.. analysis.Script.Diagnostics
            .Concat(analysis.Statements
                .Where(s => !s.Statement.HasErrors)
                .SelectMany(s => s.Result.Diagnostics
                    .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
                    .Select(d => d.Shift(s.Statement.Offset))))
            .Concat(StaleSecrets.AtEnd(new ScriptRun(analysis.Before, analysis.Statements, analysis.After))
                .Select(w => w.Warning.ToDiagnostic().Shift(analysis.Statements[w.StatementIndex].Statement.Offset)))
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}

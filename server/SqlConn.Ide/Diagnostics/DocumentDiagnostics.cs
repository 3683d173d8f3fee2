using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// The diagnostics of an analysed document, with absolute spans, in text order: its syntax diagnostics,
/// then the simulator's errors and warnings, including the whole-script ones (a changed secret running
/// sources never reload). The simulator's informational notices (a validation it did not perform, keys
/// to install) belong to the preview, not to lint. A statement with syntax errors
/// was not executed and adds nothing beyond them. <c>sqlconn lint</c> and the language server both
/// report exactly these; <see cref="DocumentFindings"/> computes them, and again after an edit from
/// the previous analysis's.
/// </summary>
public static class DocumentDiagnostics
{
    public static ImmutableArray<Diagnostic> Compute(DocumentAnalysis analysis) => DocumentFindings.Of(analysis).Diagnostics;
}

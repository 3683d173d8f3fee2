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
    public static ImmutableArray<Diagnostic> Compute(DocumentAnalysis analysis)
    {
        // One pass over the statements, reading each once (the language server computes this after
        // every edit of documents of tens of thousands of statements); most statements have nothing.
        var syntax = new List<Diagnostic>(analysis.Script.ScriptDiagnostics);
        var engine = new List<Diagnostic>();
        foreach (var executed in analysis.Statements)
        {
            var statement = executed.Statement;
            if (!statement.Syntax.Diagnostics.IsEmpty)
            {
                syntax.AddRange(statement.Diagnostics);
            }

            if (!statement.HasErrors)
            {
                engine.AddRange(executed.Result.Diagnostics
                    .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
                    .Select(d => d.Shift(statement.Offset)));
            }
        }

        return [.. syntax
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End)
            .Concat(engine)
            .Concat(StaleSecrets.AtEnd(new ScriptRun(analysis.Before, analysis.Statements, analysis.After))
                .Select(w => w.Warning.ToDiagnostic().Shift(analysis.Statements[w.StatementIndex].Statement.Offset)))
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
    }
}

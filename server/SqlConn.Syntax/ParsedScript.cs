using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Syntax;

/// <summary>A parsed script: its statements and the diagnostics that belong to no statement.</summary>
public sealed record ParsedScript(
    SourceText Text,
    SqlDialect Dialect,
    ImmutableArray<ParsedStatement> Statements,
    ImmutableArray<Diagnostic> ScriptDiagnostics)
{
    /// <summary>Every syntax diagnostic, with absolute spans, in text order.</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        ScriptDiagnostics.Concat(Statements.SelectMany(s => s.Diagnostics)).OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End);
}

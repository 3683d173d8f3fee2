using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Parsing;

namespace SqlConn.Syntax;

/// <summary>A parsed script: its statements and the diagnostics that belong to no statement.</summary>
public sealed record ParsedScript(
    SourceText Text,
    SqlDialect Dialect,
    ImmutableArray<ParsedStatement> Statements,
    ImmutableArray<Diagnostic> ScriptDiagnostics)
{
    /// <summary>
    /// Every chunk of the script with its parse, in order, which <see cref="SqlParser.Reparse"/> starts
    /// from; default for a script built otherwise than by <see cref="SqlParser"/>.
    /// </summary>
    internal ImmutableArray<ParsedChunk> Chunks { get; init; }

    /// <summary>Every syntax diagnostic, with absolute spans, in text order.</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        ScriptDiagnostics.Concat(Statements.SelectMany(s => s.Diagnostics)).OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End);
}

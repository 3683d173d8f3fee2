using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Builds a <see cref="ParsedScript"/> from the parses of all its chunks: places the statements and
/// derives the script-level diagnostics (empty statements, the lexical errors and directives of
/// blank chunks, directive checks), so a full parse and an incremental one give the same script.
/// </summary>
internal static class ScriptAssembly
{
    public static ParsedScript Assemble(SourceText text, SqlDialect dialect, ImmutableArray<ParsedChunk> chunks, int firstLineEnd)
    {
        var statements = ImmutableArray.CreateBuilder<ParsedStatement>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var directives = new List<ScriptDirective>();
        foreach (var (chunk, syntax, triviaDiagnostics, triviaDirectives) in chunks)
        {
            var start = chunk.Span.Start;
            if (syntax is not null)
            {
                statements.Add(new ParsedStatement(statements.Count, start, syntax, chunk.SemicolonPosition));
                AddDirectives(directives, syntax.Directives, start);
                continue;
            }

            if (chunk.SemicolonPosition is { } semicolon)
            {
                diagnostics.Add(new Diagnostic(SyntaxDiagnostics.EmptyStatement, new TextSpan(semicolon, 1), "empty statement",
                    Hint: "remove the extra semicolon"));
            }

            foreach (var diagnostic in triviaDiagnostics)
            {
                diagnostics.Add(diagnostic.Shift(start));
            }

            AddDirectives(directives, triviaDirectives, start);
        }

        diagnostics.AddRange(DirectiveChecks.Check(directives, firstLineEnd));
        return new ParsedScript(text, dialect, statements.ToImmutable(), diagnostics.ToImmutable()) { Chunks = chunks };
    }

    /// <summary>Adds a chunk's directives, at <paramref name="offset"/> (a loop, not a lambda: one capturing the offset would be allocated for every chunk).</summary>
    private static void AddDirectives(List<ScriptDirective> directives, ImmutableArray<ScriptDirective> relative, int offset)
    {
        foreach (var directive in relative)
        {
            directives.Add(Shift(directive, offset));
        }
    }

    private static ScriptDirective Shift(ScriptDirective directive, int offset) =>
        directive with { Span = new TextSpan(directive.Span.Start + offset, directive.Span.Length) };
}

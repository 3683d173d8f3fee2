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
                if (!syntax.Directives.IsEmpty)
                {
                    directives.AddRange(syntax.Directives.Select(d => Shift(d, start)));
                }

                continue;
            }

            if (chunk.SemicolonPosition is { } semicolon)
            {
                diagnostics.Add(new Diagnostic(SyntaxDiagnostics.EmptyStatement, new TextSpan(semicolon, 1), "empty statement",
                    Hint: "remove the extra semicolon"));
            }

            diagnostics.AddRange(triviaDiagnostics.Select(d => d.Shift(start)));
            directives.AddRange(triviaDirectives.Select(d => Shift(d, start)));
        }

        diagnostics.AddRange(DirectiveChecks.Check(directives, firstLineEnd));
        return new ParsedScript(text, dialect, statements.ToImmutable(), diagnostics.ToImmutable()) { Chunks = chunks };
    }

    private static ScriptDirective Shift(ScriptDirective directive, int offset) =>
        directive with { Span = new TextSpan(directive.Span.Start + offset, directive.Span.Length) };
}

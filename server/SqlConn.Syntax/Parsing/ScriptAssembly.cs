using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Builds a <see cref="ParsedScript"/> from the parses of all its chunks, taken in order: places the
/// statements and derives the script-level diagnostics (empty statements, the lexical errors and
/// directives of blank chunks, directive checks), so a full parse, a streamed one and an incremental
/// one give the same script. <see cref="Add"/> returns each statement as soon as its chunk is added,
/// which lets a caller use the statements while later chunks are still being parsed.
/// </summary>
internal sealed class ScriptAssembly(SourceText text, SqlDialect dialect, int firstLineEnd)
{
    private readonly ImmutableArray<ParsedStatement>.Builder statements = ImmutableArray.CreateBuilder<ParsedStatement>();
    private readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly List<ScriptDirective> directives = [];

    public static ParsedScript Assemble(SourceText text, SqlDialect dialect, ImmutableArray<ParsedChunk> chunks, int firstLineEnd)
    {
        var assembly = new ScriptAssembly(text, dialect, firstLineEnd);
        foreach (var chunk in chunks)
        {
            assembly.Add(chunk);
        }

        return assembly.Finish(chunks);
    }

    /// <summary>Adds the next chunk; the statement it holds, or null for a blank chunk.</summary>
    public ParsedStatement? Add(ParsedChunk parsed)
    {
        var (chunk, syntax, triviaDiagnostics, triviaDirectives) = parsed;
        var start = chunk.Span.Start;
        if (syntax is not null)
        {
            var statement = new ParsedStatement(statements.Count, start, syntax, chunk.SemicolonPosition);
            statements.Add(statement);
            AddDirectives(syntax.Directives, start);
            return statement;
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

        AddDirectives(triviaDirectives, start);
        return null;
    }

    /// <summary>Adds a chunk's directives, at <paramref name="offset"/> (a loop, not a lambda: one capturing the offset would be allocated for every chunk).</summary>
    private void AddDirectives(ImmutableArray<ScriptDirective> relative, int offset)
    {
        foreach (var directive in relative)
        {
            directives.Add(Shift(directive, offset));
        }
    }

    /// <summary>The script of the chunks added, which are <paramref name="chunks"/>.</summary>
    public ParsedScript Finish(ImmutableArray<ParsedChunk> chunks)
    {
        diagnostics.AddRange(DirectiveChecks.Check(directives, firstLineEnd));
        return new ParsedScript(text, dialect, statements.ToImmutable(), diagnostics.ToImmutable()) { Chunks = chunks };
    }

    private static ScriptDirective Shift(ScriptDirective directive, int offset) =>
        directive with { Span = new TextSpan(directive.Span.Start + offset, directive.Span.Length) };
}

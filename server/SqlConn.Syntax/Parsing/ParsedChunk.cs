using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Splitting;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// One chunk of a parsed script: the <see cref="Syntax"/> of its statement, or for a blank chunk
/// (null syntax) the diagnostics and directives of its comments, relative to the chunk's start.
/// Everything but <see cref="Chunk"/>'s position is a function of the chunk's text, so an unchanged
/// chunk keeps it all when an edit before it moves it.
/// </summary>
internal readonly record struct ParsedChunk(
    StatementChunk Chunk,
    StatementSyntax? Syntax,
    ImmutableArray<Diagnostic> TriviaDiagnostics,
    ImmutableArray<ScriptDirective> TriviaDirectives)
{
    public ParsedChunk Shifted(int delta) => delta == 0 ? this : this with { Chunk = Chunk.Shifted(delta) };
}

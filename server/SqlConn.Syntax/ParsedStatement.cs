using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax;

/// <summary>
/// A statement of a script: its position-independent <see cref="Syntax"/> placed at
/// <see cref="Offset"/>, the absolute position of its chunk. <see cref="Index"/> is its position
/// among the script's statements.
/// </summary>
public sealed record ParsedStatement(int Index, int Offset, StatementSyntax Syntax, int? SemicolonPosition)
{
    public Statement Node => Syntax.Node;

    public bool HasErrors => Syntax.HasErrors;

    /// <summary>The absolute span of the statement's tokens (without leading comments or the semicolon).</summary>
    public TextSpan Span => ToAbsolute(Node.Span);

    /// <summary>The absolute span of the chunk, from the previous separator to this one.</summary>
    public TextSpan ChunkSpan => new(Offset, Syntax.Text.Length);

    public TextSpan ToAbsolute(TextSpan relative) => new(relative.Start + Offset, relative.Length);

    public IEnumerable<Diagnostic> Diagnostics => Syntax.Diagnostics.Select(d => d.Shift(Offset));

    public ImmutableArray<ScriptDirective> Directives => [.. Syntax.Directives.Select(d => d with { Span = ToAbsolute(d.Span) })];
}

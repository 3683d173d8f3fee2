using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax;

/// <summary>
/// The parse of one statement chunk, independent of where the chunk sits in a script: every span
/// in it (node, tokens, diagnostics, directives) is relative to the chunk's start. Two chunks with
/// the same text and dialect have equal syntax, which is what makes reuse after an edit possible.
/// </summary>
public sealed record StatementSyntax(
    string Text,
    Statement Node,
    ImmutableArray<SyntaxToken> Tokens,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<ScriptDirective> Directives)
{
    public bool HasErrors { get; } = Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

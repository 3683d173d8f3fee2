using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary>
/// Base of every node of the typed syntax tree. Nodes are immutable and expose no ANTLR type.
/// <see cref="Span"/> is relative to the start of the statement's chunk (see
/// <see cref="ParsedStatement.Offset"/>), so that a statement's tree stays valid when text before
/// it changes.
/// </summary>
public abstract record SyntaxNode(TextSpan Span);

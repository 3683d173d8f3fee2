namespace SqlConn.Syntax.Tree;

/// <summary>A keyword or privilege word as written, upper-cased (e.g. <c>USAGE</c>).</summary>
public sealed record Word(string Text, Microsoft.CodeAnalysis.Text.TextSpan Span) : SyntaxNode(Span);

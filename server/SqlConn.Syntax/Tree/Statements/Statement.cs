using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary>Base of the statement nodes. <see cref="SyntaxNode.Span"/> covers the statement's tokens.</summary>
public abstract record Statement(TextSpan Span) : SyntaxNode(Span);

/// <summary>A statement whose kind could not be recognised (its first tokens are not valid).</summary>
public sealed record InvalidStatement(TextSpan Span) : Statement(Span);

/// <summary>
/// A statement SqlConn recognises by its leading keywords but does not analyse (CREATE TABLE,
/// INSERT, SHOW search_path...). <see cref="Kind"/> is its leading keywords, upper-cased
/// (e.g. <c>CREATE TABLE</c>); <see cref="Text"/> is the statement as written.
/// </summary>
public sealed record UnanalyzedStatement(string Kind, string Text, TextSpan Span) : Statement(Span);

/// <summary>A SELECT statement.</summary>
public sealed record QueryStatement(Query Query, TextSpan Span) : Statement(Span);

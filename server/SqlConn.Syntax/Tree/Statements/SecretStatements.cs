using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public sealed record CreateSecretStatement(bool IfNotExists, ObjectName Name, Expression Value, TextSpan Span) : Statement(Span);

/// <summary><c>ALTER SECRET [IF EXISTS] name AS expr | RENAME TO n | OWNER TO r</c>.</summary>
public sealed record AlterSecretStatement(bool IfExists, ObjectName Name, AlterOperation Operation, TextSpan Span) : Statement(Span);

/// <summary>ALTER SECRET's <c>AS expr</c>.</summary>
public sealed record SetSecretValueOperation(Expression Value, TextSpan Span) : AlterOperation(Span);

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary><c>CREATE ROLE | USER [IF NOT EXISTS] name [WITH] attributes</c> (both dialects).</summary>
public sealed record CreateRoleStatement(bool IsUser, bool IfNotExists, Identifier Name, ImmutableArray<RoleAttribute> Attributes, TextSpan Span)
    : Statement(Span);

/// <summary>
/// A role attribute (<c>LOGIN</c>, <c>INHERIT</c>, <c>PASSWORD '...'</c>). A password is a secret:
/// printers redact it.
/// </summary>
public sealed record RoleAttribute(string Name, StringLiteral? Value, bool NullValue, TextSpan Span) : SyntaxNode(Span)
{
    public bool IsPassword => Name == "PASSWORD";
}

public sealed record SetRoleStatement(Identifier Role, TextSpan Span) : Statement(Span);

public sealed record ResetRoleStatement(TextSpan Span) : Statement(Span);

/// <summary><c>COMMENT ON kind name IS 'text' | NULL</c>; <see cref="Comment"/> is null for NULL.</summary>
public sealed record CommentOnStatement(ObjectKind Kind, ObjectName Name, StringLiteral? Comment, TextSpan Span) : Statement(Span);

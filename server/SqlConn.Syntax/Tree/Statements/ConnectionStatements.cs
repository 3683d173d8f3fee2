using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public sealed record ConnectionTypeSyntax(ConnectionKind Kind, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>CREATE CONNECTION [IF NOT EXISTS] name TO type (options) [WITH (VALIDATE ...)]</c>, or the
/// legacy form <c>FOR type options</c> without parentheses (<see cref="LegacyFor"/>).
/// </summary>
public sealed record CreateConnectionStatement(
    bool IfNotExists,
    ObjectName Name,
    ConnectionTypeSyntax Type,
    ImmutableArray<Option> Options,
    ImmutableArray<Option> WithOptions,
    bool LegacyFor,
    TextSpan Span) : Statement(Span);

public sealed record AlterConnectionStatement(bool IfExists, ObjectName Name, AlterOperation Operation, TextSpan Span) : Statement(Span);

public sealed record ValidateConnectionStatement(ObjectName Name, TextSpan Span) : Statement(Span);

/// <summary>What an ALTER statement does. Shared by ALTER CONNECTION, ALTER SECRET and ALTER CLUSTER.</summary>
public abstract record AlterOperation(TextSpan Span) : SyntaxNode(Span);

public sealed record RenameOperation(Identifier NewName, TextSpan Span) : AlterOperation(Span);

public sealed record OwnerToOperation(Identifier Role, TextSpan Span) : AlterOperation(Span);

/// <summary>ALTER CONNECTION's action list: <c>ROTATE KEYS</c>, <c>SET (opt)</c>, <c>DROP (name)</c>, ...</summary>
public sealed record AlterConnectionActionsOperation(ImmutableArray<AlterConnectionAction> Actions, ImmutableArray<Option> WithOptions, TextSpan Span)
    : AlterOperation(Span);

public abstract record AlterConnectionAction(TextSpan Span) : SyntaxNode(Span);

public sealed record RotateKeysAction(TextSpan Span) : AlterConnectionAction(Span);

public sealed record SetOptionAction(Option Option, TextSpan Span) : AlterConnectionAction(Span);

/// <summary><c>DROP (name)</c>, or <c>RESET (name)</c> when <see cref="WrittenAsReset"/>; both mean the same.</summary>
public sealed record DropOptionAction(OptionName Name, bool WrittenAsReset, TextSpan Span) : AlterConnectionAction(Span);

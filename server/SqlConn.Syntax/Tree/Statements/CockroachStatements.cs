using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public enum LabelKind
{
    String,
    Identifier,
    Placeholder,
}

/// <summary>
/// CockroachDB's <c>string_or_placeholder</c>: a string literal, a bare word or <c>$n</c>. Used for
/// external connection names and URIs. <see cref="Value"/> is the string value (an identifier is
/// lower-cased unless quoted).
/// </summary>
public sealed record Label(string Value, LabelKind Kind, TextSpan Span) : SyntaxNode(Span);

public sealed record CreateExternalConnectionStatement(bool IfNotExists, Label Name, Label Uri, TextSpan Span) : Statement(Span);

public sealed record AlterExternalConnectionStatement(bool IfExists, bool IfNotExists, Label Name, Label Uri, TextSpan Span) : Statement(Span);

public sealed record DropExternalConnectionStatement(Label Name, TextSpan Span) : Statement(Span);

/// <summary><c>SHOW EXTERNAL CONNECTIONS</c>, or <c>SHOW EXTERNAL CONNECTION name</c> when <see cref="Name"/> is set.</summary>
public sealed record ShowExternalConnectionsStatement(Label? Name, TextSpan Span) : Statement(Span);

/// <summary><c>SHOW CREATE ALL EXTERNAL CONNECTIONS</c>, or <c>SHOW CREATE EXTERNAL CONNECTION name</c>.</summary>
public sealed record ShowCreateExternalConnectionsStatement(Label? Name, TextSpan Span) : Statement(Span);

public enum CheckOptionKind
{
    Concurrently,
    Transfer,
    Time,
}

/// <summary>A CHECK EXTERNAL CONNECTION option: TRANSFER and TIME take a label, CONCURRENTLY an expression.</summary>
public sealed record CheckOption(CheckOptionKind Kind, Label? Text, Expression? Value, TextSpan Span) : SyntaxNode(Span);

public sealed record CheckExternalConnectionStatement(Label Uri, ImmutableArray<CheckOption> Options, TextSpan Span) : Statement(Span);

public sealed record ShowGrantsOnExternalConnectionStatement(ImmutableArray<Identifier> Names, ImmutableArray<Identifier> ForRoles, TextSpan Span)
    : Statement(Span);

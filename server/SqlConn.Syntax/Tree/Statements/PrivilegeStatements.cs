using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary><c>ALL [PRIVILEGES]</c> (<see cref="All"/>) or a list of privilege words.</summary>
public sealed record PrivilegeSpec(bool All, ImmutableArray<Word> Privileges, TextSpan Span) : SyntaxNode(Span);

public abstract record GrantTarget(TextSpan Span) : SyntaxNode(Span);

/// <summary>Materialize's <c>ON SYSTEM</c>.</summary>
public sealed record SystemGrantTarget(TextSpan Span) : GrantTarget(Span);

public enum ContainerKind
{
    Schema,
    Database,
}

/// <summary><c>ON ALL CONNECTIONS [IN SCHEMA s, ...]</c>.</summary>
public sealed record AllObjectsGrantTarget(PluralObjectKind Kind, ContainerKind? ContainerKind, ImmutableArray<ObjectName> Containers, TextSpan Span)
    : GrantTarget(Span);

/// <summary>CockroachDB's <c>ON EXTERNAL CONNECTION a, b</c>.</summary>
public sealed record ExternalConnectionGrantTarget(ImmutableArray<Identifier> Names, TextSpan Span) : GrantTarget(Span);

/// <summary><c>ON [type] a, b</c>; without a type the objects are tables.</summary>
public sealed record ObjectGrantTarget(ObjectKind? Kind, ImmutableArray<ObjectName> Names, TextSpan Span) : GrantTarget(Span);

public sealed record RoleSpec(Identifier Role, bool Group, TextSpan Span) : SyntaxNode(Span);

public sealed record GrantPrivilegesStatement(PrivilegeSpec Privileges, GrantTarget Target, ImmutableArray<RoleSpec> Grantees, bool WithGrantOption, TextSpan Span)
    : Statement(Span);

public sealed record RevokePrivilegesStatement(bool GrantOptionFor, PrivilegeSpec Privileges, GrantTarget Target, ImmutableArray<RoleSpec> Grantees, TextSpan Span)
    : Statement(Span);

/// <summary>CockroachDB's <c>GRANT SYSTEM privileges TO roles</c>.</summary>
public sealed record GrantSystemPrivilegesStatement(ImmutableArray<Word> Privileges, ImmutableArray<RoleSpec> Grantees, bool WithGrantOption, TextSpan Span)
    : Statement(Span);

public sealed record RevokeSystemPrivilegesStatement(bool GrantOptionFor, ImmutableArray<Word> Privileges, ImmutableArray<RoleSpec> Grantees, TextSpan Span)
    : Statement(Span);

/// <summary><c>GRANT role TO member</c>.</summary>
public sealed record GrantRoleStatement(ImmutableArray<Identifier> Roles, ImmutableArray<Identifier> Members, bool WithAdminOption, TextSpan Span)
    : Statement(Span);

public sealed record RevokeRoleStatement(ImmutableArray<Identifier> Roles, ImmutableArray<Identifier> Members, TextSpan Span) : Statement(Span);

/// <summary>
/// <c>ALTER DEFAULT PRIVILEGES FOR ROLE r | ALL ROLES [IN SCHEMA s] GRANT|REVOKE privs ON kind TO|FROM roles</c>.
/// <see cref="TargetRoles"/> is empty for ALL ROLES.
/// </summary>
public sealed record AlterDefaultPrivilegesStatement(
    ImmutableArray<Identifier> TargetRoles,
    bool TargetWrittenAsUser,
    ContainerKind? ContainerKind,
    ImmutableArray<ObjectName> Containers,
    bool IsGrant,
    PrivilegeSpec Privileges,
    PluralObjectKind ObjectKind,
    ImmutableArray<RoleSpec> Grantees,
    TextSpan Span) : Statement(Span);

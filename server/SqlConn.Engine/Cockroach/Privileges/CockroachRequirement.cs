using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Privileges;

namespace SqlConn.Engine.Cockroach.Privileges;

/// <summary>How CockroachDB decides that a user meets a requirement (pkg/sql/authorization.go and the statements' own checks).</summary>
public enum CockroachCheck
{
    /// <summary>The privilege on the object, held by the user, a role it belongs to, or <c>public</c>.</summary>
    Privilege,

    /// <summary>The system privilege, or the role option of the same name on the user itself (<c>CREATEROLE</c>).</summary>
    SystemPrivilegeOrRoleOption,

    /// <summary>The grant option of every privilege, held by the user or a role it belongs to.</summary>
    GrantOptions,

    /// <summary>Membership in <c>admin</c>.</summary>
    Admin,

    /// <summary>The ADMIN OPTION of a role (admins have it, except for <c>admin</c> itself).</summary>
    RoleAdmin,

    /// <summary>SET ROLE: the session user may become the role (root anyone, admins anyone but root, others their roles).</summary>
    BecomeRole,

    /// <summary>Ownership of the object, or the system privilege (SHOW CREATE EXTERNAL CONNECTION: VIEWCLUSTERMETADATA).</summary>
    OwnerOrSystemPrivilege,
}

/// <summary>
/// One thing a CockroachDB statement needs from the user running it: how it is decided (<see cref="Check"/>,
/// on <see cref="Object"/> and its <see cref="Privileges"/>), how it is explained (<see cref="Requirement"/>,
/// whose span is where the denial is reported) and CockroachDB's denial (<see cref="Denial"/>, <see cref="Hint"/>).
/// </summary>
public sealed record CockroachRequirement(
    CockroachCheck Check,
    PrivilegeObject Object,
    ImmutableArray<string> Privileges,
    PrivilegeRequirement Requirement,
    string Denial,
    string? Hint = null);

using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// What a requirement asks for, in the order Materialize checks them within a statement (spec §5.1):
/// USAGE on the objects the statement uses, membership in a role, ownership, the other privileges,
/// and superuser-only actions.
/// </summary>
public enum RequirementKind
{
    UsageOfReferencedObject,
    Membership,
    Ownership,
    Privilege,
    Superuser,
}

/// <summary>
/// One thing a statement needs from the role running it, and why (<see cref="Reason"/>, for
/// explanations), placed on the part of the statement that needs it.
/// <see cref="Privilege"/> is the privilege of Privilege/UsageOfReferencedObject requirements;
/// <see cref="RoleId"/> the role of a Membership requirement; <see cref="Action"/> the words of a
/// Superuser one (<c>grant system privileges</c>). <see cref="PrivilegeNames"/> names the privileges of a
/// dialect whose privileges are not Materialize's (CockroachDB: <c>EXTERNALCONNECTION</c>, <c>grant option of
/// USAGE</c>; on a Membership requirement, what the membership must carry: <c>ADMIN OPTION</c>), in place of
/// <see cref="Privilege"/>.
/// </summary>
public sealed record PrivilegeRequirement(
    RequirementKind Kind,
    PrivilegeTarget? Target,
    Privilege Privilege,
    string? RoleId,
    string? Action,
    string Reason,
    TextSpan Span,
    string? PrivilegeNames = null);

/// <summary>How the current role meets a requirement, or that it does not.</summary>
public enum Grant
{
    Missing,
    Superuser,
    Owner,
    Directly,
    ThroughMembership,
    Public,

    /// <summary>CockroachDB: the user is <c>root</c> or a member of the <c>admin</c> role, which pass every check.</summary>
    Admin,

    /// <summary>CockroachDB: the user has the role option of the privilege's name (<c>CREATEROLE</c>).</summary>
    RoleOption,
}

/// <summary>A requirement and whether the role holds it; <see cref="ThroughRole"/> names the role it holds it through.</summary>
public sealed record PrivilegeCheck(PrivilegeRequirement Requirement, Grant Grant, string? ThroughRole)
{
    public bool Held => Grant != Grant.Missing;
}

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
/// Superuser one (<c>grant system privileges</c>).
/// </summary>
public sealed record PrivilegeRequirement(
    RequirementKind Kind,
    PrivilegeTarget? Target,
    Privilege Privilege,
    string? RoleId,
    string? Action,
    string Reason,
    TextSpan Span);

/// <summary>How the current role meets a requirement, or that it does not.</summary>
public enum Grant
{
    Missing,
    Superuser,
    Owner,
    Directly,
    ThroughMembership,
    Public,
}

/// <summary>A requirement and whether the role holds it; <see cref="ThroughRole"/> names the role it holds it through.</summary>
public sealed record PrivilegeCheck(PrivilegeRequirement Requirement, Grant Grant, string? ThroughRole)
{
    public bool Held => Grant != Grant.Missing;
}

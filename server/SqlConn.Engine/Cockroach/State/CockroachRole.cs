using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.State;

/// <summary>
/// A CockroachDB user or role (one kind of entity there: CREATE ROLE only adds NOLOGIN). <see cref="MemberOf"/>
/// maps the roles granted to it (<c>system.role_members</c>) to their ADMIN OPTION. <see cref="Options"/> are
/// the role options as written (<c>LOGIN</c>, <c>CREATEROLE</c>...), upper-cased; a password is never kept,
/// only whether one was set.
/// </summary>
public sealed record CockroachRole(string Name, bool IsRole, bool HasPassword, ImmutableSortedSet<string> Options, ImmutableSortedDictionary<string, bool> MemberOf)
{
    /// <summary>The superuser every cluster has, a member of <see cref="Admin"/> with the admin option.</summary>
    public const string Root = "root";

    /// <summary>The role whose members pass every privilege check.</summary>
    public const string Admin = "admin";

    /// <summary>The pseudo-role every user belongs to: it can be granted privileges but is not in <c>system.users</c>.</summary>
    public const string Public = "public";

    /// <summary>A user with no options, password or memberships (what <c>--role</c> logs in as when it is new).</summary>
    public static CockroachRole User(string name) => new(name, false, false, Ordinal.Set([]), Ordinal.Map<bool>([]));

    /// <summary>A role with no options or memberships.</summary>
    public static CockroachRole NewRole(string name) => User(name) with { IsRole = true };

    public bool HasOption(string option) => Options.Contains(option);

    /// <summary>Adds the membership, or sets its admin option.</summary>
    public CockroachRole WithMembership(string role, bool adminOption) => this with { MemberOf = MemberOf.SetItem(role, adminOption) };
}

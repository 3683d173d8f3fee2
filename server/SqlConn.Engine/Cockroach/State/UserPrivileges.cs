using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Privileges;

namespace SqlConn.Engine.Cockroach.State;

/// <summary>
/// One row of <c>system.privileges</c>: what a user holds on one object, and which of it WITH GRANT OPTION.
/// Names are CockroachDB's display names, sorted as CockroachDB stores them (<c>{DROP,UPDATE,USAGE}</c>);
/// <c>ALL</c> stands for every privilege of the object. <see cref="Granting"/> and <see cref="Revoking"/> are
/// CockroachDB's <c>PrivilegeDescriptor.Grant</c> and <c>Revoke</c> (pkg/sql/catalog/catpb/privilege.go).
/// </summary>
public sealed record UserPrivileges(ImmutableSortedSet<string> Privileges, ImmutableSortedSet<string> GrantOptions)
{
    public static UserPrivileges None { get; } = Of([], []);

    public static UserPrivileges Of(IEnumerable<string> privileges, IEnumerable<string> grantOptions) =>
        new(Ordinal.Set(privileges), Ordinal.Set(grantOptions));

    public bool Holds(string privilege) => Privileges.Contains(CockroachPrivileges.All) || Privileges.Contains(privilege);

    public bool CanGrant(IEnumerable<string> privileges) =>
        GrantOptions.Contains(CockroachPrivileges.All) || privileges.All(GrantOptions.Contains);

    /// <summary>GRANT: ALL replaces the row; other privileges add to it, unless ALL is already held.</summary>
    public UserPrivileges Granting(IReadOnlyCollection<string> privileges, bool withGrantOption)
    {
        if (Privileges.Contains(CockroachPrivileges.All) && (GrantOptions.Contains(CockroachPrivileges.All) || !withGrantOption))
        {
            return this;
        }

        if (privileges.Contains(CockroachPrivileges.All))
        {
            var all = Ordinal.Set([CockroachPrivileges.All]);
            return new UserPrivileges(all, withGrantOption ? all : GrantOptions);
        }

        return new UserPrivileges(Privileges.Union(privileges), withGrantOption ? GrantOptions.Union(privileges) : GrantOptions);
    }

    /// <summary>
    /// REVOKE [GRANT OPTION FOR]: revoking part of ALL first expands ALL into the object's
    /// <paramref name="valid"/> privileges. Null when the user holds nothing afterwards (the row is deleted).
    /// </summary>
    public UserPrivileges? Revoking(IReadOnlyCollection<string> privileges, IEnumerable<string> valid, bool grantOptionFor)
    {
        if (Privileges.IsEmpty)
        {
            return this;
        }

        var expanded = Ordinal.Set(valid.Where(p => p != CockroachPrivileges.All));
        if (privileges.Contains(CockroachPrivileges.All))
        {
            if (!grantOptionFor)
            {
                return null;
            }

            return new UserPrivileges(Privileges.Contains(CockroachPrivileges.All) ? Ordinal.Set([CockroachPrivileges.All]) : Privileges, Ordinal.Set([]));
        }

        var held = Privileges.Contains(CockroachPrivileges.All) && !grantOptionFor ? expanded : Privileges;
        var options = GrantOptions.Contains(CockroachPrivileges.All) ? expanded : GrantOptions;
        options = options.Except(privileges);
        if (grantOptionFor)
        {
            return new UserPrivileges(held, options);
        }

        held = held.Except(privileges);
        return held.IsEmpty ? null : new UserPrivileges(held, options);
    }
}

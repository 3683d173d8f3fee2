using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>Operations on <c>mz_aclitem[]</c> lists.</summary>
public static class Acl
{
    /// <summary>
    /// One entry per (grantee, grantor), in the order of their first entries, entries without privileges
    /// removed. ACLs hold a few entries: a linear merge is cheaper than hashing.
    /// </summary>
    public static ImmutableArray<AclItem> Normalize(IEnumerable<AclItem> items)
    {
        var merged = new List<AclItem>();
        foreach (var item in items)
        {
            Merge(merged, item);
        }

        return Normalized(merged);
    }

    /// <summary>Adds <paramref name="item"/> to the (grantee, grantor) entry of <paramref name="merged"/>, or as a new entry.</summary>
    private static void Merge(List<AclItem> merged, AclItem item)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            if (merged[i].GranteeId == item.GranteeId && merged[i].GrantorId == item.GrantorId)
            {
                merged[i] = merged[i] with { Privileges = merged[i].Privileges | item.Privileges };
                return;
            }
        }

        merged.Add(item);
    }

    private static ImmutableArray<AclItem> Normalized(List<AclItem> merged)
    {
        merged.RemoveAll(static a => a.Privileges == Privilege.None);
        return [.. merged];
    }

    /// <summary>
    /// The ACL after <paramref name="grantor"/> grants <paramref name="privileges"/> to each grantee: the
    /// same array when they hold them already (granting ON ALL again changes nothing).
    /// </summary>
    public static ImmutableArray<AclItem> Grant(ImmutableArray<AclItem> acl, ImmutableArray<string> grantees, string grantor, Privilege privileges) =>
        IsNormal(acl) && HoldsAll(acl, grantees, grantor, privileges)
            ? acl
            : Normalized(WithGrants(acl, grantees, grantor, privileges));

    private static List<AclItem> WithGrants(ImmutableArray<AclItem> acl, ImmutableArray<string> grantees, string grantor, Privilege privileges)
    {
        var merged = new List<AclItem>(acl.Length + grantees.Length);
        foreach (var item in acl)
        {
            Merge(merged, item);
        }

        foreach (var grantee in grantees)
        {
            Merge(merged, new AclItem(grantee, grantor, privileges));
        }

        return merged;
    }

    /// <summary>The ACL after <paramref name="privileges"/> are revoked from each grantee: the same array when none holds any of them.</summary>
    public static ImmutableArray<AclItem> Revoke(ImmutableArray<AclItem> acl, ImmutableArray<string> grantees, Privilege privileges) =>
        IsNormal(acl) && !acl.Any(a => (a.Privileges & privileges) != Privilege.None && grantees.Contains(a.GranteeId))
            ? acl
            : Normalize(acl.Select(a => grantees.Contains(a.GranteeId) ? a with { Privileges = a.Privileges & ~privileges } : a));

    /// <summary>Whether each grantee already holds <paramref name="privileges"/> from <paramref name="grantor"/> (GRANT ON ALL asks for every object).</summary>
    private static bool HoldsAll(ImmutableArray<AclItem> acl, ImmutableArray<string> grantees, string grantor, Privilege privileges)
    {
        foreach (var grantee in grantees)
        {
            var holds = false;
            foreach (var item in acl)
            {
                holds |= item.GranteeId == grantee && item.GrantorId == grantor && (item.Privileges & privileges) == privileges;
            }

            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <see cref="Normalize"/> would return the ACL unchanged.</summary>
    private static bool IsNormal(ImmutableArray<AclItem> acl)
    {
        for (var i = 0; i < acl.Length; i++)
        {
            if (acl[i].Privileges == Privilege.None)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (acl[j].GranteeId == acl[i].GranteeId && acl[j].GrantorId == acl[i].GrantorId)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary><c>grantee=letters/grantor</c> with role names (PUBLIC's grantee part is empty).</summary>
    public static string Text(AclItem item, Catalog catalog) =>
        $"{RoleName(item.GranteeId, catalog)}={Privileges.Letters(item.Privileges)}/{RoleName(item.GrantorId, catalog)}";

    private static string RoleName(string id, Catalog catalog) =>
        id == Role.PublicId ? string.Empty : catalog.Roles.TryGetValue(id, out var role) ? role.Name : id;
}

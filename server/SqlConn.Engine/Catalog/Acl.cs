using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>Operations on <c>mz_aclitem[]</c> lists.</summary>
public static class Acl
{
    /// <summary>One entry per (grantee, grantor), entries without privileges removed, in a stable order.</summary>
    public static ImmutableArray<AclItem> Normalize(IEnumerable<AclItem> items) =>
        [.. items
            .GroupBy(a => (a.GranteeId, a.GrantorId))
            .Select(g => new AclItem(g.Key.GranteeId, g.Key.GrantorId, g.Aggregate(Privilege.None, (p, a) => p | a.Privileges)))
            .Where(a => a.Privileges != Privilege.None)];

    /// <summary><c>grantee=letters/grantor</c> with role names (PUBLIC's grantee part is empty).</summary>
    public static string Text(AclItem item, Catalog catalog) =>
        $"{RoleName(item.GranteeId, catalog)}={Privileges.Letters(item.Privileges)}/{RoleName(item.GrantorId, catalog)}";

    private static string RoleName(string id, Catalog catalog) =>
        id == Role.PublicId ? string.Empty : catalog.Roles.TryGetValue(id, out var role) ? role.Name : id;
}

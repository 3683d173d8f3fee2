namespace SqlConn.Engine.Catalog;

/// <summary>Materialize's privileges, with their ACL letters (spec §5.1).</summary>
[Flags]
public enum Privilege
{
    None = 0,
    Select = 1 << 0,
    Insert = 1 << 1,
    Update = 1 << 2,
    Delete = 1 << 3,
    Usage = 1 << 4,
    Create = 1 << 5,
    CreateRole = 1 << 6,
    CreateDb = 1 << 7,
    CreateCluster = 1 << 8,
    CreateNetworkPolicy = 1 << 9,
}

public static class Privileges
{
    /// <summary>The fixed order Materialize lists privileges in (messages and ACL text).</summary>
    public static readonly IReadOnlyList<(Privilege Privilege, string Name, char Letter)> Order =
    [
        (Privilege.Select, "SELECT", 'r'),
        (Privilege.Insert, "INSERT", 'a'),
        (Privilege.Update, "UPDATE", 'w'),
        (Privilege.Delete, "DELETE", 'd'),
        (Privilege.Usage, "USAGE", 'U'),
        (Privilege.Create, "CREATE", 'C'),
        (Privilege.CreateRole, "CREATEROLE", 'R'),
        (Privilege.CreateDb, "CREATEDB", 'B'),
        (Privilege.CreateCluster, "CREATECLUSTER", 'N'),
        (Privilege.CreateNetworkPolicy, "CREATENETWORKPOLICY", 'P'),
    ];

    public static string Letters(Privilege set) =>
        string.Concat(Order.Where(p => set.HasFlag(p.Privilege)).Select(p => p.Letter));

    public static string Names(Privilege set) =>
        string.Join(", ", Order.Where(p => set.HasFlag(p.Privilege)).Select(p => p.Name));

    public static Privilege? Parse(string name) =>
        Order.FirstOrDefault(p => p.Name == name.ToUpperInvariant()) is { Name: not null } found ? found.Privilege : null;
}

/// <summary>One entry of an <c>mz_aclitem[]</c>: <c>grantee=privileges/grantor</c> (role ids).</summary>
public sealed record AclItem(string GranteeId, string GrantorId, Privilege Privileges);

using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>
/// GRANT and REVOKE on one row of <c>system.privileges</c>, as CockroachDB's PrivilegeDescriptor.Grant and Revoke
/// change it, for an external connection. Rows are written <c>privileges/grant options</c>; <c>-</c> is no row.
/// </summary>
public sealed class UserPrivilegesTests
{
    [Theory]
    [InlineData("-", "USAGE", false, "USAGE/")]
    [InlineData("-", "USAGE,DROP", true, "DROP,USAGE/DROP,USAGE")]
    [InlineData("USAGE/", "DROP", false, "DROP,USAGE/")]
    [InlineData("-", "ALL", false, "ALL/")]
    [InlineData("USAGE/USAGE", "ALL", false, "ALL/USAGE")]
    [InlineData("-", "ALL", true, "ALL/ALL")]
    [InlineData("ALL/", "USAGE", false, "ALL/")]
    [InlineData("ALL/", "USAGE", true, "ALL,USAGE/USAGE")]
    [InlineData("ALL/ALL", "USAGE", true, "ALL/ALL")]
    public void Grant(string before, string privileges, bool withGrantOption, string after) =>
        Assert.Equal(after, Text(Row(before).Granting(privileges.Split(','), withGrantOption)));

    [Theory]
    [InlineData("ALL/", "USAGE", false, "DROP,UPDATE/")]
    [InlineData("ALL/ALL", "USAGE", false, "DROP,UPDATE/DROP,UPDATE")]
    [InlineData("ALL/ALL", "USAGE", true, "ALL/DROP,UPDATE")]
    [InlineData("ALL/ALL", "ALL", false, "-")]
    [InlineData("ALL/ALL", "ALL", true, "ALL/")]
    [InlineData("DROP,USAGE/USAGE", "ALL", true, "DROP,USAGE/")]
    [InlineData("DROP,USAGE/USAGE", "USAGE", false, "DROP/")]
    [InlineData("USAGE/", "USAGE", false, "-")]
    [InlineData("USAGE/USAGE", "USAGE", true, "USAGE/")]
    [InlineData("-", "USAGE", false, "-")]
    public void Revoke(string before, string privileges, bool grantOptionFor, string after) =>
        Assert.Equal(after, Text(Row(before).Revoking(privileges.Split(','), CockroachPrivileges.OnExternalConnection, grantOptionFor)));

    [Theory]
    [InlineData("ALL/", "UPDATE", true)]
    [InlineData("DROP/", "USAGE", false)]
    [InlineData("-", "USAGE", false)]
    public void Holds(string row, string privilege, bool holds) => Assert.Equal(holds, Row(row).Holds(privilege));

    [Theory]
    [InlineData("ALL/ALL", "USAGE,DROP", true)]
    [InlineData("ALL/", "USAGE", false)]
    [InlineData("DROP,USAGE/USAGE", "USAGE,DROP", false)]
    [InlineData("DROP,USAGE/DROP,USAGE", "USAGE,DROP", true)]
    public void Can_grant(string row, string privileges, bool canGrant) => Assert.Equal(canGrant, Row(row).CanGrant(privileges.Split(',')));

    private static UserPrivileges Row(string text)
    {
        if (text == "-")
        {
            return UserPrivileges.None;
        }

        var parts = text.Split('/');
        return UserPrivileges.Of(Names(parts[0]), Names(parts[1]));
    }

    private static string[] Names(string list) => list.Length == 0 ? [] : list.Split(',');

    private static string Text(UserPrivileges? row) =>
        row is null || row.Privileges.IsEmpty ? "-" : $"{string.Join(',', row.Privileges)}/{string.Join(',', row.GrantOptions)}";
}

using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// SHOW GRANTS ON EXTERNAL CONNECTION names [FOR users] (pkg/sql/delegate/show_grants.go): one row per
/// (connection, grantee, privilege) of <c>system.privileges</c>, ordered by those columns. Two quirks of that
/// query are kept: it lists every external connection, whatever the names say, and <c>is_grantable</c> is true
/// when the grantee holds the privilege's grant option on any object.
/// </summary>
internal static class ShowGrantsHandler
{
    private static readonly ImmutableArray<RelationColumn> Columns =
    [
        new("connection_name", SqlType.Text), new("grantee", SqlType.Text), new("privilege_type", SqlType.Text), new("is_grantable", SqlType.Boolean),
    ];

    public static void Execute(StatementContext context, ShowGrantsOnExternalConnectionStatement statement)
    {
        var cluster = context.Cluster();
        var grantees = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in statement.ForRoles)
        {
            var name = UserNames.Normalize(role);
            if (name != CockroachRole.Public && cluster.FindRole(name) is null)
            {
                throw UserNames.Unknown(name, role);
            }

            grantees.Add(name);
        }

        var grantOptions = cluster.AllPrivileges()
            .GroupBy(p => p.User, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Row.GrantOptions).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var rows = cluster.AllPrivileges()
            .Where(p => p.Target.Kind == PrivilegeObjectKind.ExternalConnection && (grantees.Count == 0 || grantees.Contains(p.User)))
            .SelectMany(p => p.Row.Privileges.Select(privilege => (Connection: p.Target.Name, p.User, Privilege: privilege, Grantable: grantOptions[p.User].Contains(privilege))))
            .OrderBy(r => r.Connection, StringComparer.Ordinal)
            .ThenBy(r => r.User, StringComparer.Ordinal)
            .ThenBy(r => r.Privilege, StringComparer.Ordinal)
            .ToList();

        var named = statement.Names.Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
        if (rows.Any(r => !named.Contains(r.Connection)))
        {
            context.Notice(null, "CockroachDB lists the grants of every external connection here, not only of the connections named", statement.Span);
        }

        context.Result(Columns, [.. rows.Select(r => ImmutableArray.Create(SqlValue.Of(r.Connection), SqlValue.Of(r.User), SqlValue.Of(r.Privilege), SqlValue.Of(r.Grantable)))]);
    }
}

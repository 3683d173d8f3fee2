using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// SHOW EXTERNAL CONNECTION[S] (redacted URIs, USAGE filtering) and SHOW CREATE [ALL] EXTERNAL CONNECTION[S]
/// (unredacted statements, VIEWCLUSTERMETADATA or ownership), spec §5 (pkg/sql/show_external_connection.go,
/// show_create_external_connection.go). Rows are in name order, the primary-key order of a scan.
/// </summary>
internal static class ShowExternalConnectionsHandler
{
    private static readonly ImmutableArray<RelationColumn> ShowColumns =
        [new("connection_name", SqlType.Text), new("connection_uri", SqlType.Text), new("connection_type", SqlType.Text)];

    private static readonly ImmutableArray<RelationColumn> ShowCreateColumns =
        [new("connection_name", SqlType.Text), new("create_statement", SqlType.Text)];

    public static void Show(StatementContext context, ShowExternalConnectionsStatement statement)
    {
        IEnumerable<ExternalConnection> connections;
        if (statement.Name is { } label)
        {
            var name = Labels.Value(label);
            context.EnforcePrivileges();
            connections = [context.Cluster().FindConnection(name) ?? throw ConnectionErrors.NotFound(name, label.Span)];
        }
        else
        {
            connections = context.Cluster().Connections.Values
                .Where(c => context.HasPrivilege(PrivilegeObject.ExternalConnection(c.Name), CockroachPrivileges.Usage));
        }

        context.Result(ShowColumns, [.. connections.Select(c => Row(c.Name, c.RedactedUri, c.ConnectionType))]);
    }

    public static void ShowCreate(StatementContext context, ShowCreateExternalConnectionsStatement statement)
    {
        var cluster = context.Cluster();
        List<ExternalConnection> shown;
        if (statement.Name is { } label)
        {
            var name = Labels.Value(label);
            context.EnforcePrivileges();
            shown = [cluster.FindConnection(name) ?? throw ConnectionErrors.NotFound(name, label.Span)];
        }
        else
        {
            context.EnforcePrivileges();
            shown = [.. cluster.Connections.Values];
        }

        foreach (var withheld in shown.Where(c => c.CredentialsWithheld))
        {
            context.Notice(null, $"the credentials of external connection \"{withheld.Name}\" were not saved in the snapshot: they show as redacted",
                statement.Name?.Span ?? statement.Span, hint: "ALTER EXTERNAL CONNECTION sets the URI again");
        }

        // The one place a URI is shown unredacted, as CockroachDB shows it to these users (spec §5.3).
        context.Result(ShowCreateColumns, [.. shown.Select(c => Row(c.Name, $"CREATE EXTERNAL CONNECTION {SqlStrings.Literal(c.Name)} AS {SqlStrings.Literal(c.Uri)}"))]);
    }

    private static ImmutableArray<SqlValue> Row(params string[] values) => [.. values.Select(SqlValue.Of)];
}

using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Relations;
using SqlConn.Engine.SystemCatalog;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>SHOW CONNECTIONS | SECRETS [FROM schema] [LIKE | WHERE] and SHOW [REDACTED] CREATE CONNECTION (spec §6.7).</summary>
internal static class ShowHandler
{
    /// <summary>Statements that fit in this many characters stay on one line in SHOW CREATE output.</summary>
    private const int LineWidth = 100;

    public static void ShowObjects(StatementContext context, ShowObjectsStatement statement)
    {
        var state = new EngineState(context.Catalog, context.Session);
        var schema = statement.From is { } from
            ? Names.Schema(context.Catalog, context.Session, from)
            : Names.CurrentSchema(context.Catalog, context.Session);
        var view = statement.Kind == ShowObjectsKind.Connections ? SystemRelations.ShowConnections : SystemRelations.ShowSecrets;

        // The schema's items, by name, without the view's first column (schema_id); LIKE tests their names before any row is built.
        var relation = (schema, statement.Filter) switch
        {
            (null, _) => new Relation(view.Schema, view.Name, view.Columns.RemoveAt(0), []),
            (_, LikeShowFilter like) => view.InSchema(state, schema.Id, first: 1, ShowFilters.Names(like)),
            _ => view.InSchema(state, schema.Id, first: 1),
        };
        var rows = statement.Filter is WhereShowFilter where
            ? ShowFilters.Apply(relation, where, new SystemCatalogEnvironment(state))
            : relation.Read(ColumnSet.All);
        context.Result(relation.Columns, [.. rows]);
    }

    public static void ShowCreateConnection(StatementContext context, ShowCreateConnectionStatement statement)
    {
        var item = Names.Item(context.Catalog, context.Session, statement.Name);
        if (item is not ConnectionItem connection)
        {
            throw Names.Failure(CatalogDiagnostics.WrongObjectKind, $"{context.Catalog.FullName(item)} is not a connection", statement.Name,
                $"{statement.Name} is a {item.KindName}");
        }

        PrivilegeEnforcement.Enforce(context, statement);

        // Connection options hold no secret material, so the redacted form is the same (spec §6.1).
        context.Result(
            [new RelationColumn("name", SqlType.Text), new RelationColumn("create_sql", SqlType.Text)],
            [[SqlValue.Of(context.Catalog.FullName(connection)), SqlValue.Of(Pretty(connection.CreateSql(context.Catalog) + ";"))]]);
    }

    /// <summary>Since v26.7 a statement longer than the line width breaks before TO (spec §6.7).</summary>
    private static string Pretty(string sql)
    {
        var to = sql.IndexOf(" TO ", StringComparison.Ordinal);
        return sql.Length <= LineWidth || to < 0 ? sql : sql[..to] + "\nTO " + sql[(to + 4)..];
    }
}

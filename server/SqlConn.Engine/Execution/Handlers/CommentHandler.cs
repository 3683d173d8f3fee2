using SqlConn.Engine.Catalog;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>COMMENT ON CONNECTION | SECRET name IS 'text' | NULL (spec §4.12).</summary>
internal static class CommentHandler
{
    public static void Execute(StatementContext context, CommentOnStatement statement)
    {
        context.Tag = "COMMENT";
        if (statement.Kind is not (ObjectKind.Connection or ObjectKind.Secret))
        {
            context.Notice(null, $"COMMENT ON {KindKeywords.Of(statement.Kind)} is not executed by the simulator", statement.Span);
            return;
        }

        var item = Names.Item(context.Catalog, context.Session, statement.Name);
        CatalogItem target = statement.Kind == ObjectKind.Connection
            ? Names.Expect<ConnectionItem>(item, statement.Name, "connection")
            : Names.Expect<SecretItem>(item, statement.Name, "secret");
        PrivilegeEnforcement.Enforce(context, statement);
        context.Catalog = context.Catalog.WithItem(target with { Comment = statement.Comment?.Value });
    }
}

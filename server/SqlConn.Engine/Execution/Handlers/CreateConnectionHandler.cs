using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Engine.Ssh;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>CREATE CONNECTION (spec §3.2, §4.2, §4.6).</summary>
internal static class CreateConnectionHandler
{
    public static void Execute(StatementContext context, CreateConnectionStatement statement)
    {
        var spec = ConnectionTypes.Of(statement.Type.Kind);
        var planned = ConnectionPlanner.Plan(spec, statement.Type.Span, statement.Options, context.Catalog, context.Session);
        var validate = Validation.Requested(statement.WithOptions) ?? spec.ValidatedByDefault;

        var (schema, name) = Names.ForCreate(context.Catalog, context.Session, statement.Name);
        context.Tag = "CREATE CONNECTION";
        if (context.Catalog.FindItem(schema.Id, name) is { } existing)
        {
            if (!statement.IfNotExists)
            {
                throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"{existing.KindName} \"{context.Catalog.FullName(existing)}\" already exists",
                    statement.Name.Span, hint: "use another name, or CREATE CONNECTION IF NOT EXISTS");
            }

            // The catalog write fails and is turned into a notice; the id is consumed (spec §4.1, §4.2).
            context.Catalog = context.Catalog with { Ids = context.Catalog.Ids.AllocateItem().Next };
            context.Notice(PreviewDiagnostics.Skipped, $"connection \"{name}\" already exists, skipping", statement.Name.Span);
            return;
        }

        PrivilegeEnforcement.Enforce(context, statement);
        var (id, oid, ids) = context.Catalog.Ids.AllocateItem();
        context.Catalog = context.Catalog with { Ids = ids };
        foreach (var generated in statement.Options.Where(o => o.Name.Name is "PUBLIC KEY 1" or "PUBLIC KEY 2"))
        {
            throw StatementContext.Fail(ConnectionDiagnostics.GeneratedOption, $"the {generated.Name.Name} option cannot be explicitly specified", generated.Name.Span,
                hint: "Materialize generates the key pairs of SSH tunnel connections; read the public keys from mz_ssh_tunnel_connections");
        }

        var keys = statement.Type.Kind == ConnectionKind.SshTunnel ? GenerateKeys(context) : null;
        var connection = new ConnectionItem(id, oid, schema.Id, name, context.Session.RoleId,
            DefaultPrivileges.For(context.Catalog, context.Session.RoleId, schema, ItemKind.Connection),
            null, statement.Type.Kind, planned.Options, keys);
        context.Catalog = context.Catalog.WithItem(connection);
        context.Warnings(planned.Warnings);
        if (keys is not null)
        {
            SshNotices.Created(context, connection, statement.Name.Span);
        }

        if (validate)
        {
            Validation.NotPerformed(context, connection, statement.Name.Span);
        }
    }

    private static SshKeys GenerateKeys(StatementContext context)
    {
        var (first, entropy) = SshPublicKey.Draw(context.Catalog.Entropy);
        var (second, next) = SshPublicKey.Draw(entropy);
        context.Catalog = context.Catalog with { Entropy = next };
        return new SshKeys(first, second, 0);
    }
}

using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Engine.Secrets;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>
/// CREATE SECRET and ALTER SECRET (spec §4.4, §4.5). The value is evaluated, fingerprinted and
/// forgotten: the catalog keeps its SHA-256, length, kind and a version number, never the value.
/// </summary>
internal static class SecretHandler
{
    public static void Create(StatementContext context, CreateSecretStatement statement)
    {
        context.Tag = "CREATE SECRET";
        var (schema, name) = Names.ForCreate(context.Catalog, context.Session, statement.Name);
        var plan = NotSimulatedIsWarning(context, () => SecretValueEvaluator.Plan(statement.Value));
        PrivilegeEnforcement.Enforce(context, statement);
        var value = plan is null ? null : NotSimulatedIsWarning(context, () => SecretValueEvaluator.Execute(plan));

        // Materialize allocates the id before the catalog write, so a skipped or refused duplicate consumes one (spec §4.1).
        var (id, oid, ids) = context.Catalog.Ids.AllocateItem();
        context.Catalog = context.Catalog with { Ids = ids };
        if (context.Catalog.FindItem(schema.Id, name) is not null)
        {
            if (!statement.IfNotExists)
            {
                throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"catalog item '{name}' already exists", statement.Name.Span,
                    hint: "use ALTER SECRET ... AS to change its value, or CREATE SECRET IF NOT EXISTS");
            }

            context.Notice(PreviewDiagnostics.Skipped, $"secret \"{name}\" already exists, skipping", statement.Name.Span);
            return;
        }

        context.Catalog = context.Catalog.WithItem(new SecretItem(id, oid, schema.Id, name, context.Session.RoleId,
            DefaultPrivileges.For(context.Catalog, context.Session.RoleId, schema, ItemKind.Secret), null, value, 1));
    }

    public static void Alter(StatementContext context, AlterSecretStatement statement)
    {
        context.Tag = "ALTER SECRET";
        if (Names.TryItem(context.Catalog, context.Session, statement.Name) is not { } item)
        {
            if (!statement.IfExists)
            {
                throw Names.Failure(CatalogDiagnostics.UnknownItem, $"unknown catalog item '{statement.Name}'", statement.Name);
            }

            context.Notice(PreviewDiagnostics.Skipped, $"SECRET \"{statement.Name}\" does not exist, skipping", statement.Name.Span);
            return;
        }

        var secret = Names.Expect<SecretItem>(item, statement.Name, "secret");
        var plan = statement.Operation is SetSecretValueOperation planned ? NotSimulatedIsWarning(context, () => SecretValueEvaluator.Plan(planned.Value)) : null;
        PrivilegeEnforcement.Enforce(context, statement);
        switch (statement.Operation)
        {
            case SetSecretValueOperation:
                var value = plan is null ? null : NotSimulatedIsWarning(context, () => SecretValueEvaluator.Execute(plan));
                var changed = secret with { Value = value, Version = secret.Version + 1 };
                context.Catalog = context.Catalog.WithItem(changed);
                SecretUsage.Changed(context, changed, statement.Name.Span);
                break;
            case RenameOperation rename:
                ItemAlterations.Rename(context, secret, rename);
                break;
            case OwnerToOperation owner:
                ItemAlterations.ChangeOwner(context, secret, owner);
                break;
        }
    }

    /// <summary>Runs a step of the value's evaluation; valid SQL the simulator does not evaluate is a warning and yields null.</summary>
    private static T? NotSimulatedIsWarning<T>(StatementContext context, Func<T> step)
        where T : class
    {
        try
        {
            return step();
        }
        catch (StatementFailedException e) when (e.Error.Descriptor == SecretDiagnostics.NotSimulated)
        {
            context.Notice(Notice.From(e.Error));
            return null;
        }
    }
}

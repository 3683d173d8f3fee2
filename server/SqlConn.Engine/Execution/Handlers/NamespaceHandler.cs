using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>CREATE and DROP of databases and schemas, the namespaces connections and secrets live in.</summary>
internal static class NamespaceHandler
{
    public static void CreateDatabase(StatementContext context, CreateDatabaseStatement statement)
    {
        context.Tag = "CREATE DATABASE";
        PrivilegeEnforcement.Enforce(context, statement);
        var name = statement.Name.Value;
        if (context.Catalog.FindDatabase(name) is not null)
        {
            if (statement.IfNotExists)
            {
                context.Notice(PreviewDiagnostics.Skipped, $"database \"{name}\" already exists, skipping", statement.Name.Span);
                return;
            }

            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"database '{name}' already exists", statement.Name.Span);
        }

        var owner = context.Session.RoleId;
        var (databaseId, databaseOid, ids) = context.Catalog.Ids.AllocateDatabase();
        var (schemaId, schemaOid, next) = ids.AllocateSchema();
        context.Catalog = (context.Catalog with { Ids = next })
            .WithDatabase(new Database(databaseId, databaseOid, name, owner, [new AclItem(owner, owner, Privilege.Usage | Privilege.Create)]))
            .WithSchema(new Schema(schemaId, schemaOid, databaseId, "public", owner,
                [new AclItem(Role.PublicId, owner, Privilege.Usage), new AclItem(owner, owner, Privilege.Usage | Privilege.Create)]));
    }

    public static void CreateSchema(StatementContext context, CreateSchemaStatement statement)
    {
        context.Tag = "CREATE SCHEMA";
        var parts = statement.Name.Parts;
        if (parts.Length is 0 or > 2)
        {
            throw Names.Failure(CatalogDiagnostics.InvalidName, $"qualified name did not have between 1 and 2 components: {statement.Name}", statement.Name);
        }

        var database = parts.Length == 2
            ? context.Catalog.FindDatabase(parts[0].Value) ?? throw Names.Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, $"unknown database '{parts[0].Value}'", statement.Name)
            : context.Catalog.FindDatabase(context.Session.Database) ?? throw Names.Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, $"unknown database '{context.Session.Database}'", statement.Name);
        PrivilegeEnforcement.Enforce(context, statement);
        var name = parts[^1].Value;
        if (context.Catalog.FindSchema(database.Id, name) is not null)
        {
            if (statement.IfNotExists)
            {
                context.Notice(PreviewDiagnostics.Skipped, $"schema \"{name}\" already exists, skipping", statement.Name.Span);
                return;
            }

            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"schema '{name}' already exists", statement.Name.Span);
        }

        var owner = context.Session.RoleId;
        var (id, oid, ids) = context.Catalog.Ids.AllocateSchema();
        context.Catalog = (context.Catalog with { Ids = ids })
            .WithSchema(new Schema(id, oid, database.Id, name, owner, [new AclItem(owner, owner, Privilege.Usage | Privilege.Create)]));
    }

    public static void Drop(StatementContext context, DropObjectsStatement statement)
    {
        foreach (var name in statement.Names)
        {
            var schemas = statement.Kind == ObjectKind.Database
                ? DatabaseSchemas(context, statement, name)
                : SchemaOf(context, statement, name);
            if (schemas is null)
            {
                continue;
            }

            var items = context.Catalog.Items.Values.Where(i => schemas.Any(s => s.Id == i.SchemaId)).ToList();
            if (items.Count > 0 && statement.Behavior != DropBehavior.Cascade)
            {
                var noun = statement.Kind == ObjectKind.Database ? "database" : "schema";
                throw StatementContext.Fail(CatalogDiagnostics.DependentObjects,
                    $"{noun} \"{name}\" cannot be dropped without CASCADE while it contains objects", name.Span,
                    hint: "Use DROP ... CASCADE to drop the dependent objects too.");
            }

            PrivilegeEnforcement.Enforce(context, statement);
            DropHandler.Drop(context, items, statement);
            context.Catalog = context.Catalog with { Schemas = context.Catalog.Schemas.RemoveRange(schemas.Select(s => s.Id)) };
            if (statement.Kind == ObjectKind.Database && context.Catalog.FindDatabase(name.Last.Value) is { } database)
            {
                context.Catalog = context.Catalog with { Databases = context.Catalog.Databases.Remove(database.Id) };
            }
        }
    }

    private static List<Schema>? DatabaseSchemas(StatementContext context, DropObjectsStatement statement, ObjectName name)
    {
        if (context.Catalog.FindDatabase(name.Last.Value) is { } database)
        {
            return [.. context.Catalog.Schemas.Values.Where(s => s.DatabaseId == database.Id)];
        }

        return Missing(context, statement, name, $"unknown database '{name}'");
    }

    private static List<Schema>? SchemaOf(StatementContext context, DropObjectsStatement statement, ObjectName name)
    {
        var parts = Names.PartValues(name);
        var database = parts.Length == 2 ? context.Catalog.FindDatabase(parts[0]) : context.Catalog.FindDatabase(context.Session.Database);
        if (database is not null && context.Catalog.FindSchema(database.Id, parts[^1]) is { IsSystem: false } schema)
        {
            return [schema];
        }

        return Missing(context, statement, name, $"unknown schema '{name}'");
    }

    private static List<Schema>? Missing(StatementContext context, DropObjectsStatement statement, ObjectName name, string message)
    {
        if (!statement.IfExists)
        {
            throw Names.Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, message, name);
        }

        context.Notice(PreviewDiagnostics.Skipped, $"{KindKeywords.Of(statement.Kind)} \"{name}\" does not exist, skipping", name.Span);
        return null;
    }
}

using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Name resolution as Materialize does it: <c>[database.][schema.]item</c>, unqualified names looked
/// up along the search path of the current database; errors in the database's wording.
/// </summary>
internal static class Names
{
    /// <summary>The item a name refers to; fails with <c>unknown catalog item '...'</c> when there is none.</summary>
    public static CatalogItem Item(Catalog.Catalog catalog, Session session, ObjectName name) =>
        TryItem(catalog, session, name) ?? throw Failure(CatalogDiagnostics.UnknownItem, $"unknown catalog item '{name}'", name);

    /// <summary>The item a name refers to, or null when it does not exist (schema and database must).</summary>
    public static CatalogItem? TryItem(Catalog.Catalog catalog, Session session, ObjectName name)
    {
        if (name.InternalId is { } id && catalog.Items.TryGetValue(id, out var byId))
        {
            return byId;
        }

        var parts = Parts(name);
        if (parts.Length == 1)
        {
            if (CurrentDatabase(catalog, session) is not { } database)
            {
                return null;
            }

            foreach (var schemaName in session.SearchPath)
            {
                if (catalog.FindSchema(database.Id, schemaName) is { } schema && catalog.FindItem(schema.Id, parts[0]) is { } item)
                {
                    return item;
                }
            }

            return null;
        }

        var container = ResolveSchema(catalog, session, name, parts[..^1]);
        return catalog.FindItem(container.Id, parts[^1]);
    }

    /// <summary>The item a name refers to in <paramref name="state"/>, or null when it does not resolve for any reason.</summary>
    public static CatalogItem? TryItemQuietly(EngineState state, ObjectName name)
    {
        try
        {
            return TryItem(state.Catalog, state.Session, name);
        }
        catch (StatementFailedException)
        {
            return null;
        }
    }

    /// <summary>Where a new item goes: the named schema, or the current one.</summary>
    public static (Schema Schema, string Name) ForCreate(Catalog.Catalog catalog, Session session, ObjectName name)
    {
        var parts = Parts(name);
        return parts.Length > 1
            ? (ResolveSchema(catalog, session, name, parts[..^1]), parts[^1])
            : (CurrentSchema(catalog, session) ?? throw Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, "no valid schema selected", name,
                "set search_path to an existing schema, or qualify the name"), parts[0]);
    }

    /// <summary>The first user schema of the search path in the current database, if any.</summary>
    public static Schema? CurrentSchema(Catalog.Catalog catalog, Session session)
    {
        if (CurrentDatabase(catalog, session) is not { } database)
        {
            return null;
        }

        foreach (var schemaName in session.SearchPath)
        {
            if (catalog.FindSchema(database.Id, schemaName) is { IsSystem: false } schema)
            {
                return schema;
            }
        }

        return null;
    }

    /// <summary>A schema named by a one- or two-part name (<c>public</c>, <c>materialize.public</c>).</summary>
    public static Schema Schema(Catalog.Catalog catalog, Session session, ObjectName name)
    {
        var parts = PartValues(name);
        if (parts.Length is 0 or > 2)
        {
            throw Failure(CatalogDiagnostics.InvalidName, $"qualified name did not have between 1 and 2 components: {name}", name);
        }

        return ResolveSchema(catalog, session, name, parts);
    }

    public static Role Role(Catalog.Catalog catalog, Identifier name) =>
        catalog.FindRole(name.Value) ?? throw new StatementFailedException(new EngineError(
            CatalogDiagnostics.UnknownRole, $"unknown role '{name.Value}'", name.Span));

    public static Cluster Cluster(Catalog.Catalog catalog, Identifier name) =>
        catalog.FindCluster(name.Value) ?? throw new StatementFailedException(new EngineError(
            CatalogDiagnostics.UnknownCluster, $"unknown cluster '{name.Value}'", name.Span));

    /// <summary>The item, which must be of <paramref name="kind"/>: <c>t1 is a table not a secret</c> otherwise.</summary>
    public static T Expect<T>(CatalogItem item, ObjectName name, string kind)
        where T : CatalogItem =>
        item as T ?? throw WrongKind(item, name, kind);

    public static StatementFailedException WrongKind(CatalogItem item, ObjectName name, string kind) =>
        Failure(CatalogDiagnostics.WrongObjectKind, $"{name} is {Article(item.KindName)} {item.KindName} not {Article(kind)} {kind}", name,
            $"{name} is {Article(item.KindName)} {item.KindName}");

    /// <summary>A name relative to the current database and schema, as Materialize's drop messages show it.</summary>
    public static string Minimal(Catalog.Catalog catalog, Session session, CatalogItem item)
    {
        var schema = catalog.Schemas[item.SchemaId];
        var database = schema.DatabaseId is { } id ? catalog.Databases[id] : null;
        if (database is not null && database.Name != session.Database)
        {
            return $"{database.Name}.{schema.Name}.{item.Name}";
        }

        return session.SearchPath.FirstOrDefault() == schema.Name ? item.Name : $"{schema.Name}.{item.Name}";
    }

    /// <summary>
    /// Materialize's error when a connection is expected and the name is another kind of item; the
    /// name is made of the database and schema ids (spec §3.1, format inferred from the code).
    /// </summary>
    public static StatementFailedException NotAConnection(Catalog.Catalog catalog, CatalogItem item, ObjectName name)
    {
        var schema = catalog.Schemas[item.SchemaId];
        return Failure(CatalogDiagnostics.WrongObjectKind, $"connection \"{schema.DatabaseId}.{schema.Id}.{item.Name}\" does not exist", name,
            $"{name} is a {item.KindName}, not a connection");
    }

    public static StatementFailedException Failure(Syntax.Diagnostics.DiagnosticDescriptor descriptor, string message, ObjectName name, string? hint = null) =>
        new(new EngineError(descriptor, message, name.Span, Hint: hint));

    /// <summary>The text of each part of <paramref name="name"/>, copied in a loop: every statement resolves names.</summary>
    public static string[] PartValues(ObjectName name)
    {
        var parts = new string[name.Parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = name.Parts[i].Value;
        }

        return parts;
    }

    private static string[] Parts(ObjectName name)
    {
        var parts = PartValues(name);
        if (parts.Length is 0 or > 3)
        {
            throw Failure(CatalogDiagnostics.InvalidName, $"qualified name did not have between 1 and 3 components: {name}", name);
        }

        return parts;
    }

    private static Database? CurrentDatabase(Catalog.Catalog catalog, Session session) => catalog.FindDatabase(session.Database);

    private static Schema ResolveSchema(Catalog.Catalog catalog, Session session, ObjectName name, string[] parts)
    {
        Database? database;
        if (parts.Length == 2)
        {
            database = catalog.FindDatabase(parts[0])
                ?? throw Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, $"unknown database '{parts[0]}'", name);
        }
        else
        {
            database = CurrentDatabase(catalog, session);
        }

        return catalog.FindSchema(database?.Id, parts[^1])
            ?? throw Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, $"unknown schema '{parts[^1]}'", name);
    }

    private static string Article(string noun) => noun.Length > 0 && "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}

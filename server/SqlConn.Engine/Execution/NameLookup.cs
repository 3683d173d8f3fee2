using SqlConn.Engine.Catalog;
using SqlConn.Engine.Cockroach.Execution;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Name resolution for readers outside the engine (the language service): the same rules statements
/// use (<see cref="Names"/>), without failing. A name that does not resolve, or that names a schema or
/// database that does not exist, has no item.
/// </summary>
public static class NameLookup
{
    /// <summary>The item <paramref name="name"/> refers to in <paramref name="state"/>, or null.</summary>
    public static CatalogItem? Item(EngineState state, ObjectName name)
    {
        if (name.IsMissing)
        {
            return null;
        }

        try
        {
            return Names.TryItem(state.Catalog, state.Session, name);
        }
        catch (StatementFailedException)
        {
            return null;
        }
    }

    /// <summary>The CockroachDB user or role <paramref name="name"/> denotes (user names are case-insensitive), or null.</summary>
    public static CockroachRole? CockroachRole(EngineState state, string name) => state.Catalog.Cockroach.FindRole(UserNames.Normalize(name));

    /// <summary>
    /// The shortest name that refers to <paramref name="item"/> in <paramref name="state"/>: its own
    /// name when the search path finds it, else its qualified name (completion inserts it).
    /// </summary>
    public static ObjectName ShortestName(EngineState state, CatalogItem item)
    {
        var own = ObjectName.Of(new Identifier(item.Name, false, default));
        return Item(state, own) is { } found && found.Id == item.Id ? own : QualifiedName(state, item);
    }

    /// <summary>The fully qualified name of <paramref name="item"/>: <c>database.schema.item</c> (<c>schema.item</c> in a system schema).</summary>
    public static ObjectName QualifiedName(EngineState state, CatalogItem item)
    {
        var schema = state.Catalog.Schemas[item.SchemaId];
        var database = schema.DatabaseId is { } id ? state.Catalog.Databases[id].Name : null;
        return new ObjectName([.. new[] { database, schema.Name, item.Name }.OfType<string>().Select(p => new Identifier(p, false, default))], default);
    }
}

using SqlConn.Engine.Catalog;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>How a simulated session starts.</summary>
public static class Sessions
{
    /// <summary>
    /// A session on <paramref name="catalog"/> as <paramref name="role"/> (default: the superuser
    /// <c>materialize</c>). A role one logs in as exists, so a role the catalog does not know is created
    /// first, as an ordinary role with no privileges beyond PUBLIC's.
    /// </summary>
    public static EngineState Start(Catalog.Catalog catalog, string? role, SqlDialect dialect)
    {
        var name = role ?? "materialize";
        if (catalog.FindRole(name) is not { } found)
        {
            var (id, oid, ids) = catalog.Ids.AllocateRole();
            found = new Role(id, oid, name, Inherit: true, SuperUser: false, []);
            catalog = (catalog with { Ids = ids }).WithRole(found);
        }

        return new EngineState(catalog, Session.Default(found.Id, dialect));
    }
}

using SqlConn.Engine.Catalog;
using SqlConn.Engine.Cockroach.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>How a simulated session starts.</summary>
public static class Sessions
{
    /// <summary>
    /// A session on <paramref name="catalog"/> as <paramref name="role"/> (default: the superuser
    /// <c>materialize</c>). A role one logs in as exists, so a role the catalog does not know is created
    /// first, as an ordinary role with no privileges beyond PUBLIC's. In CockroachDB, <paramref name="role"/>
    /// names a user of the cluster (default: <c>root</c>).
    /// </summary>
    public static EngineState Start(Catalog.Catalog catalog, string? role, SqlDialect dialect)
    {
        if (dialect == SqlDialect.CockroachDb)
        {
            return CockroachSessions.Start(catalog, role);
        }

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

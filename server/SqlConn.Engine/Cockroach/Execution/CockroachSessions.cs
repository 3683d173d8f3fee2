using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>How a CockroachDB session starts: as <c>root</c>, or as the user <c>--role</c> names.</summary>
internal static class CockroachSessions
{
    /// <summary>
    /// A session as <paramref name="user"/> (default <c>root</c>, an admin). A user one logs in as exists, so an
    /// unknown one is created first, as an ordinary user without privileges. The session's role ids are user names.
    /// </summary>
    public static EngineState Start(Catalog.Catalog catalog, string? user)
    {
        var name = UserNames.Normalize(user ?? CockroachRole.Root);
        if (catalog.Cockroach.FindRole(name) is null)
        {
            catalog = catalog with { Cockroach = catalog.Cockroach.WithRole(CockroachRole.User(name)) };
        }

        return new EngineState(catalog, Session.Default(name, SqlDialect.CockroachDb));
    }
}

using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>
/// The session a script runs in: the current role (SET ROLE / RESET ROLE change it; the session
/// role is where RESET ROLE returns), the current database and the search path. In the CockroachDB
/// dialect the role ids are user names (CockroachDB keys users by name).
/// </summary>
public sealed record Session(string RoleId, string SessionRoleId, string Database, ImmutableArray<string> SearchPath, SqlDialect Dialect)
{
    public static Session Default(string roleId, SqlDialect dialect) => new(roleId, roleId, "materialize", ["public"], dialect);
}

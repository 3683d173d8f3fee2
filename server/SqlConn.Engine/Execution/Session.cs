using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>
/// The session a script runs in: the current role (SET ROLE / RESET ROLE change it; the session
/// role is where RESET ROLE returns), the current database and the search path, and what a missing
/// privilege does (<see cref="PrivilegeMode"/>). In the CockroachDB dialect the role ids are user names
/// (CockroachDB keys users by name).
/// </summary>
public sealed record Session(string RoleId, string SessionRoleId, string Database, ImmutableArray<string> SearchPath, SqlDialect Dialect)
{
    public PrivilegeMode PrivilegeMode { get; init; } = PrivilegeMode.Enforce;

    public static Session Default(string roleId, SqlDialect dialect) => new(roleId, roleId, "materialize", ["public"], dialect);
}

/// <summary>What a missing privilege does.</summary>
public enum PrivilegeMode
{
    /// <summary>The statement fails, as in the database (<c>sqlconn run</c>).</summary>
    Enforce,

    /// <summary>
    /// The statement runs and the missing privilege is a warning on the object's name (<c>sqlconn lint --role</c>):
    /// CI reports every missing privilege of a script, not only the first, and later statements are still checked.
    /// </summary>
    Warn,
}

using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Ide.Statements;

/// <summary>
/// The statement forms SqlConn analyses, as data: completion offers them at the start of a statement
/// (and their next words after the first ones), hover explains the statement under the cursor.
/// </summary>
public static class StatementForms
{
    private const SqlDialect Mz = SqlDialect.Materialize;
    private const SqlDialect Crdb = SqlDialect.CockroachDb;

    public static ImmutableArray<StatementForm> All { get; } =
    [
        new("CREATE CONNECTION", Mz, " ${1:name} TO ", "Creates a connection: the address and credentials of an external system (Kafka, PostgreSQL, MySQL, SQL Server, a schema registry, an SSH bastion, AWS, an Iceberg catalog) that sources and sinks use. Materialize validates most types when they are created."),
        new("CREATE SECRET", Mz, " ${1:name} AS '$2'", "Creates a secret: a value (a password, a key, a certificate) that connection options reference as SECRET name. No SHOW statement or catalog table ever shows it."),
        new("CREATE SOURCE", Mz, " ${1:name} FROM ", "Creates a source that ingests data from an external system through a connection."),
        new("CREATE SINK", Mz, " ${1:name} FROM ${2:relation} INTO ", "Creates a sink that writes the changes of a relation to an external system through a connection."),
        new("CREATE ROLE", null, " ${1:name}", "Creates a role."),
        new("CREATE USER", null, " ${1:name}", "Creates a role that can log in."),
        new("CREATE CLUSTER", Mz, " ${1:name} (SIZE = '${2:25cc}')", "Creates a cluster: the compute resources that sources, sinks and indexes run on."),
        new("CREATE CLUSTER REPLICA", Mz, " ${1:cluster}.${2:replica} (SIZE = '${3:25cc}')", "Adds a replica to an unmanaged cluster."),
        new("CREATE DATABASE", Mz, " ${1:name}", "Creates a database."),
        new("CREATE SCHEMA", Mz, " ${1:name}", "Creates a schema in the current database, or in the one named."),
        new("CREATE EXTERNAL CONNECTION", Crdb, " ${1:name} AS '$2'", "Creates an external connection: a name for a storage, KMS or changefeed sink URI that BACKUP, RESTORE, IMPORT, EXPORT and changefeeds use without repeating its credentials."),
        new("ALTER CONNECTION", Mz, " ", "Changes a connection: SET, DROP or RESET options (the resulting definition is checked again as a whole), ROTATE KEYS of an SSH tunnel, RENAME TO or OWNER TO."),
        new("ALTER SECRET", Mz, " ", "Changes a secret's value (AS), name or owner. Running sources and sinks keep the value they loaded until the replicas of their cluster are recreated."),
        new("ALTER CLUSTER", Mz, " ", "Changes a cluster's options, name or owner, or swaps it with another cluster."),
        new("ALTER EXTERNAL CONNECTION", Crdb, " ${1:name} AS '$2'", "Points an external connection at a new URI."),
        new("ALTER DEFAULT PRIVILEGES", Mz, " FOR ROLE ", "Sets the privileges granted on the objects that roles create from now on."),
        new("DROP CONNECTION", Mz, " ", "Drops connections. CASCADE also drops the connections, sources and sinks that depend on them; without it, they block the drop."),
        new("DROP SECRET", Mz, " ", "Drops secrets. CASCADE also drops the connections that use them, and what depends on those."),
        new("DROP SOURCE", Mz, " ", "Drops sources."),
        new("DROP SINK", Mz, " ", "Drops sinks."),
        new("DROP ROLE", null, " ", "Drops roles. A role that owns objects or holds privileges cannot be dropped."),
        new("DROP USER", null, " ", "Drops roles (DROP USER is a synonym of DROP ROLE)."),
        new("DROP CLUSTER", Mz, " ", "Drops clusters. CASCADE also drops the sources and sinks running on them."),
        new("DROP CLUSTER REPLICA", Mz, " ", "Drops replicas of unmanaged clusters."),
        new("DROP DATABASE", Mz, " ", "Drops a database."),
        new("DROP SCHEMA", Mz, " ", "Drops a schema."),
        new("DROP EXTERNAL CONNECTION", Crdb, " ", "Drops an external connection."),
        new("SHOW CONNECTIONS", Mz, string.Empty, "Lists the connections of a schema, with their types."),
        new("SHOW SECRETS", Mz, string.Empty, "Lists the secrets of a schema (never their values)."),
        new("SHOW CREATE CONNECTION", Mz, " ", "Shows the statement that creates a connection as Materialize stores it (its create_sql), options in canonical order."),
        new("SHOW REDACTED CREATE CONNECTION", Mz, " ", "Shows the stored statement of a connection with its literal values redacted."),
        new("SHOW EXTERNAL CONNECTIONS", Crdb, string.Empty, "Lists the external connections, with the secrets of their URIs redacted."),
        new("SHOW CREATE ALL EXTERNAL CONNECTIONS", Crdb, string.Empty, "Shows the statements that create every external connection, URIs redacted."),
        new("SHOW CREATE EXTERNAL CONNECTION", Crdb, " ", "Shows the statement that creates an external connection, its URI redacted."),
        new("SHOW GRANTS ON EXTERNAL CONNECTION", Crdb, " ", "Lists the privileges granted on external connections."),
        new("CHECK EXTERNAL CONNECTION", Crdb, " '$1'", "Checks that the nodes can write to and read from a storage URI (the simulator cannot; it says so)."),
        new("VALIDATE CONNECTION", Mz, " ", "Checks that Materialize can reach and authenticate with a connection's system (the simulator cannot; it says so)."),
        new("GRANT", null, " ", "Grants privileges on objects to roles, or roles to other roles."),
        new("REVOKE", null, " ", "Revokes privileges on objects from roles, or roles from other roles."),
        new("COMMENT ON", Mz, " ", "Sets or removes (IS NULL) the comment of an object."),
        new("SET ROLE", null, " ", "Makes another role the current role of the session: later statements run with its privileges."),
        new("RESET ROLE", null, string.Empty, "Makes the session's login role the current role again."),
        new("SELECT", null, " ", "Queries relations; the simulator evaluates queries over its system catalog (mz_connections, mz_secrets...)."),
    ];

    /// <summary>The longest form whose keywords start <paramref name="words"/>, or null.</summary>
    public static StatementForm? Matching(IReadOnlyList<string?> words) =>
        All.Where(f => f.Words.Length <= words.Count && f.Words.Select((w, i) => words[i] == w).All(x => x))
            .MaxBy(f => f.Words.Length);
}
